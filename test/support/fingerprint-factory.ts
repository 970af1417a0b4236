import { FINGERPRINT_FORMAT, ZDoctorFingerprint, type TDoctorFingerprint } from "@erp-bridge/shared";

const DOCUMENTS = ["ZK", "MM", "FS", "PA", "KFS"] as const;
const DOCUMENT_TABLES = ["dok__Dokument", "dok_Pozycja", "dok_Vat", "tw_Stan", "ins_ident"];

/**
 * The fingerprint `agent doctor --report` writes for a healthy SQL Server Subiekt GT database
 * (the shape of a real one, names from the public schema facts); tests break one part.
 */
export function makeFingerprint(): TDoctorFingerprint {
  return ZDoctorFingerprint.parse({
    format: FINGERPRINT_FORMAT,
    version: 1,
    createdAt: "2026-12-06T18:00:00.000Z",
    agentVersion: "0.1.0",
    erp: "subiekt-gt",
    server: {
      kind: "sqlserver",
      version: "16.0.1135.2",
      edition: "Express Edition (64-bit)",
      collation: "Polish_CI_AS",
      encoding: null,
    },
    verdict: {
      ready: true,
      checks: [
        { name: "connection", level: "ok", detail: "mssql database reachable" },
        { name: "collation", level: "ok", detail: "Polish_CI_AS" },
      ],
    },
    tables: ["kh__Kontrahent", "adr__Ewid", "adr_Historia", "tel__Ewid", "adr_Email", ...DOCUMENT_TABLES].map(
      (name) => ({ name, present: true, columnCount: 40, missingColumns: [] }),
    ),
    requiredColumns: [
      { table: "dok__Dokument", column: "dok_DataMag", supplied: true },
      { table: "kh__Kontrahent", column: "kh_EMail", supplied: true },
    ],
    lackingPermissions: [],
    triggers: [
      { table: "dok__Dokument", name: "dok__Dokument_INSERT" },
      { table: "dok__Dokument", name: "dok__Dokument_UPDATE" },
    ],
    procedures: [
      {
        schema: "dbo",
        name: "spIdentyfikator",
        parameters: [
          { name: "@nazwa", type: "varchar", output: false },
          { name: "@ile", type: "int", output: false },
          { name: "@wynik", type: "int", output: true },
        ],
      },
    ],
    numbering: DOCUMENTS.map((document) => ({
      document,
      known: true,
      period: document === "MM" ? "year" : "month",
      warehouse: document === "MM",
      extension: false,
    })),
    writes: [
      {
        write: "customer",
        tables: ["kh__Kontrahent", "adr__Ewid", "adr_Historia", "tel__Ewid", "adr_Email", "ins_ident"],
        procedures: ["spIdentyfikator"],
      },
      ...DOCUMENTS.map((write) => ({ write, tables: DOCUMENT_TABLES, procedures: ["spIdentyfikator"] })),
    ],
  });
}
