import { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { findChannel } from "../sales-channels/find-channel.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { newApiKey } from "./api-key-secrets.ts";
import { API_KEY_SELECT, toApiKeyView, type TApiKeyView } from "./api-key-view.ts";

const ZApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
});

/** Issues a key for a channel. The full key is in this answer only; the database keeps its hash. */
export async function createApiKey(options: {
  actor: TActor;
  companyId: string;
  channelId: string;
  input: unknown;
  tx?: TTx;
}): Promise<{ apiKey: TApiKeyView; key: string }> {
  requireStaff(options.actor);
  const { name } = parseInput({ schema: ZApiKeyInput, input: options.input });
  return inTransaction(options.tx, async (tx) => {
    const channel = await findChannel({ companyId: options.companyId, channelId: options.channelId, tx });
    if (channel.disabledAt) {
      throw new AppError({
        code: "CONFLICT",
        message: "channel disabled",
        userMessage: "This channel is disabled: its keys would not work",
        problem: formProblem("channelDisabled"),
      });
    }
    const secret = newApiKey();
    const row = await tx.apiKey.create({
      data: {
        companyId: channel.companyId,
        channelId: channel.id,
        name,
        prefix: secret.prefix,
        secretHash: secret.hash,
        createdBy: options.actor.userId,
      },
      select: API_KEY_SELECT,
    });
    const apiKey = toApiKeyView(row);
    await recordAudit({
      tx,
      actor: options.actor,
      change: { companyId: channel.companyId, entity: "api-key", entityId: apiKey.id, action: "create", after: apiKey },
    });
    return { apiKey, key: secret.key };
  });
}
