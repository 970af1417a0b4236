import type { TDoctorFingerprint, TFingerprintWrite } from "./doctor-fingerprint.ts";

/**
 * Why a write would fail on the fingerprinted database, as a code and the names its words need
 * (messages "fingerprint.blocks.<code>"):
 * - missingTable: a table the write uses is missing or not visible to the login;
 * - missingColumn: a column the connector uses is not in the table;
 * - requiredColumn: NOT NULL without a default there, and our insert does not supply it;
 * - permission: the login may not SELECT/INSERT/UPDATE the table;
 * - missingProcedure: a stored procedure the write calls is not there;
 * - numbering: the document type's nr_Parametr scheme is one the writer refuses to guess.
 */
export type TWriteBlock =
  | { code: "missingTable"; params: { table: string } }
  | { code: "missingColumn"; params: { table: string; column: string } }
  | { code: "requiredColumn"; params: { table: string; column: string } }
  | { code: "permission"; params: { table: string; permission: string } }
  | { code: "missingProcedure"; params: { procedure: string } }
  | { code: "numbering"; params: { document: string; setting: string; reason: string } };

export type TWriteVerdict = { write: TFingerprintWrite; blocks: TWriteBlock[] };

/**
 * Which of our writes the fingerprinted database would refuse, and why, for every write the
 * fingerprint's agent declares (customer, ZK, MM, FS, PA, KFS). Names compare without case, as
 * SQL Server's catalogue does. Triggers are not judged: what a trigger refuses shows only when
 * it runs (the write preflight).
 */
export function blockedWrites(fingerprint: TDoctorFingerprint): TWriteVerdict[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return fingerprint.writes.map(({ write, tables, procedures }) => {
    const uses = (table: string) => tables.some((name) => same(name, table));
    const blocks: TWriteBlock[] = [];
    for (const table of fingerprint.tables.filter((t) => uses(t.name))) {
      if (!table.present) blocks.push({ code: "missingTable", params: { table: table.name } });
      for (const column of table.missingColumns) {
        blocks.push({ code: "missingColumn", params: { table: table.name, column } });
      }
    }
    for (const required of fingerprint.requiredColumns) {
      if (!required.supplied && uses(required.table)) {
        blocks.push({ code: "requiredColumn", params: { table: required.table, column: required.column } });
      }
    }
    for (const lacking of fingerprint.lackingPermissions.filter((p) => uses(p.table))) {
      blocks.push({ code: "permission", params: { table: lacking.table, permission: lacking.permission } });
    }
    for (const procedure of procedures.filter((name) => !fingerprint.procedures.some((p) => same(p.name, name)))) {
      blocks.push({ code: "missingProcedure", params: { procedure } });
    }
    const numbering = fingerprint.numbering.find((n) => n.document === write);
    if (numbering && !numbering.known) {
      const { setting, reason } = numbering;
      blocks.push({ code: "numbering", params: { document: write, setting, reason } });
    }
    return { write, blocks };
  });
}
