import type { Prisma } from "../../../generated/prisma/client.ts";
import { displayApiKey } from "./api-key-secrets.ts";

/** What callers may see of a key: never its hash. */
export const API_KEY_SELECT = {
  id: true,
  companyId: true,
  channelId: true,
  name: true,
  prefix: true,
  createdAt: true,
  createdBy: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiKeySelect;

type TApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof API_KEY_SELECT }>;
export type TApiKeyView = TApiKeyRow & { display: string };

export function toApiKeyView(row: TApiKeyRow): TApiKeyView {
  return { ...row, display: displayApiKey(row.prefix) };
}
