import {
  FINGERPRINT_FORMAT,
  FINGERPRINT_VERSION,
  ZDoctorFingerprint,
  type TDoctorFingerprint,
} from "@erp-bridge/shared";
import type { Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { readLackingPermissions } from "./check-permissions.ts";
import { readProcedures } from "./check-procedures.ts";
import { readRequiredColumns } from "./check-required-columns.ts";
import { readTables } from "./check-schema.ts";
import { readServer } from "./check-server.ts";
import { readNumbering, readTriggers } from "./check-triggers-numbering.ts";
import { FINGERPRINT_WRITES } from "./fingerprint-writes.ts";
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
  const { db, dialect } = options;
  const { tables, presentTables } = await readTables({ db });
  const fingerprint = {
    format: FINGERPRINT_FORMAT,
    version: FINGERPRINT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    agentVersion: options.agentVersion,
    erp: "subiekt-gt",
    server: await readServer({ db, dialect }),
    verdict: { ready: options.verdict.ok, checks: options.verdict.checks },
    tables,
    requiredColumns: await readRequiredColumns({ db, dialect }),
    lackingPermissions: await readLackingPermissions({ db, dialect, presentTables }),
    triggers: await readTriggers({ db, dialect }),
    procedures: await readProcedures({ db, dialect }),
    numbering: [...presentTables].some((t) => t.toLowerCase() === "nr_parametr") ? await readNumbering({ db }) : [],
    writes: FINGERPRINT_WRITES,
  };
  // What the portal will accept, checked before the file is written rather than at the upload.
  return ZDoctorFingerprint.parse(fingerprint);
}
