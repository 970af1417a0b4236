import {
  FINGERPRINT_FORMAT,
  FINGERPRINT_VERSION,
  ZDoctorFingerprint,
  type TDoctorFingerprint,
} from "@erp-bridge/shared";
import type { Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { FINGERPRINT_WRITES } from "./fingerprint-writes.ts";
import { readErpFacts, type TErpFacts } from "./read-erp-facts.ts";
import type { TDoctorReport } from "./run-doctor.ts";

/**
 * The facts of a reachable ERP database, read by the same functions the doctor's checks judge
 * them with, and the doctor's verdict: what `doctor --report` writes. Only the catalogue is read
 * (names, types, settings, versions), never a row of the client's data; nr_Parametr holds
 * numbering settings, not data.
 */
export async function readFingerprint(options: {
  db: Kysely<unknown>;
  dialect: TErpDialect;
  verdict: TDoctorReport;
  agentVersion: string;
  now?: Date;
}): Promise<TDoctorFingerprint> {
  return fingerprintOf({ ...options, facts: await readErpFacts(options) });
}

/** The fingerprint of facts the doctor already read (`diagnose`), with its verdict on them. */
export function fingerprintOf(options: {
  facts: TErpFacts;
  verdict: TDoctorReport;
  agentVersion: string;
  now?: Date;
}): TDoctorFingerprint {
  const { facts } = options;
  const fingerprint = {
    format: FINGERPRINT_FORMAT,
    version: FINGERPRINT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    agentVersion: options.agentVersion,
    erp: "subiekt-gt",
    server: facts.server,
    verdict: { ready: options.verdict.ok, checks: options.verdict.checks },
    tables: facts.tables,
    requiredColumns: facts.requiredColumns,
    lackingPermissions: facts.lackingPermissions,
    triggers: facts.triggers,
    procedures: facts.procedures,
    numbering: facts.numbering ?? [],
    writes: FINGERPRINT_WRITES,
  };
  // What the portal will accept, checked before the file is written rather than at the upload.
  return ZDoctorFingerprint.parse(fingerprint);
}
