import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { API_KEY_SELECT, toApiKeyView, type TApiKeyView } from "./api-key-view.ts";

/** A company's keys (optionally one channel's), revoked ones included, newest first. */
export async function listApiKeys(options: {
  actor: TActor;
  companyId: string;
  channelId?: string;
  tx?: TTx;
}): Promise<TApiKeyView[]> {
  requireStaff(options.actor);
  const ids = [options.companyId, ...(options.channelId === undefined ? [] : [options.channelId])];
  if (!ids.every((id) => z.uuid().safeParse(id).success)) return [];
  const db = options.tx ?? getDb();
  const rows = await db.apiKey.findMany({
    where: { companyId: options.companyId, ...(options.channelId ? { channelId: options.channelId } : {}) },
    orderBy: { createdAt: "desc" },
    select: API_KEY_SELECT,
  });
  return rows.map(toApiKeyView);
}
