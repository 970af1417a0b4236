import { blockedWrites, ZDoctorFingerprint } from "@erp-bridge/shared";
import { getCompany } from "../../admin/companies/get-company.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";

/**
 * The company's uploaded ERP fingerprint with the verdict on each of our writes (staff only);
 * null before the first upload.
 */
export async function getErpFingerprint(options: { actor: TActor; companyId: string; tx?: TTx }) {
  requireStaff(options.actor);
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const row = await db.erpFingerprint.findUnique({ where: { companyId: options.companyId } });
  if (!row) return null;
  // Validated on upload; parsed again for its type, and so a hand-edited row fails loudly.
  const fingerprint = ZDoctorFingerprint.parse(row.fingerprint);
  return { fingerprint, uploadedAt: row.uploadedAt, uploadedBy: row.uploadedBy, writes: blockedWrites(fingerprint) };
}

export type TErpFingerprintView = NonNullable<Awaited<ReturnType<typeof getErpFingerprint>>>;
