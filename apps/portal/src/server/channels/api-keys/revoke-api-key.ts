import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { API_KEY_SELECT, toApiKeyView, type TApiKeyView } from "./api-key-view.ts";

/**
 * Stops a key for good. Every request authenticates against the database, so the next one
 * with this key is refused, in every portal process. Revoking twice changes nothing.
 */
export async function revokeApiKey(options: {
  actor: TActor;
  companyId: string;
  apiKeyId: string;
  tx?: TTx;
}): Promise<TApiKeyView> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.apiKeyId).success || !z.uuid().safeParse(options.companyId).success) {
    throw notFound("API key");
  }
  return inTransaction(options.tx, async (tx) => {
    const before = await tx.apiKey.findFirst({
      where: { id: options.apiKeyId, companyId: options.companyId },
      select: API_KEY_SELECT,
    });
    if (!before) throw notFound("API key");
    if (before.revokedAt) return toApiKeyView(before);
    const row = await tx.apiKey.update({
      where: { id: before.id },
      data: { revokedAt: new Date() },
      select: API_KEY_SELECT,
    });
    const apiKey = toApiKeyView(row);
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: options.companyId,
        entity: "api-key",
        entityId: apiKey.id,
        action: "revoke",
        before: toApiKeyView(before),
        after: apiKey,
      },
    });
    return apiKey;
  });
}
