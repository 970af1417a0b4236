import { FINGERPRINT_MAX_BYTES, ZDoctorFingerprint } from "@erp-bridge/shared";
import { recordAudit } from "../../admin/audit/record-audit.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";

/**
 * Keeps the fingerprint `agent doctor --report` wrote at the client (staff only), replacing the
 * previous one. A file that is not a fingerprint of a version this portal knows is refused naming
 * the field (`server.collation`, `version`...); the schema holds only schema facts, so nothing
 * personal can be stored through it (unknown keys are dropped).
 */
export async function uploadErpFingerprint(options: { actor: TActor; companyId: string; input: unknown; tx?: TTx }) {
  requireStaff(options.actor);
  // The route caps the body as it reads it; this guards every other caller the same way.
  if (Buffer.byteLength(JSON.stringify(options.input) ?? "") > FINGERPRINT_MAX_BYTES) {
    throw new AppError({
      code: "PAYLOAD_TOO_LARGE",
      message: "fingerprint too large",
      userMessage: `The fingerprint is over ${FINGERPRINT_MAX_BYTES} bytes`,
    });
  }
  const fingerprint = parseInput({ schema: ZDoctorFingerprint, input: options.input });
  return inTransaction(options.tx, async (tx) => {
    await getCompany({ actor: options.actor, companyId: options.companyId, tx });
    const user = await tx.user.findUnique({ where: { id: options.actor.userId }, select: { email: true } });
    const data = { fingerprint, uploadedBy: user?.email ?? "unknown", uploadedAt: new Date() };
    await tx.erpFingerprint.upsert({
      where: { companyId: options.companyId },
      create: { companyId: options.companyId, ...data },
      update: data,
    });
    const { createdAt, agentVersion, server, verdict } = fingerprint;
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: options.companyId,
        entity: "erp-fingerprint",
        action: "upload",
        after: { createdAt, agentVersion, server, ready: verdict.ready },
      },
    });
    return { uploadedAt: data.uploadedAt, ready: verdict.ready };
  });
}
