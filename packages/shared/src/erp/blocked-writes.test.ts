import { describe, expect, it } from "vitest";
import { blockedWrites } from "./blocked-writes.ts";
import { FINGERPRINT_FORMAT, ZDoctorFingerprint, type TDoctorFingerprint } from "./doctor-fingerprint.ts";

const DOCUMENT_TABLES = ["dok__Dokument", "dok_Pozycja", "dok_Vat", "tw_Stan"];

/** A fingerprint of a database every write works on; each test breaks one thing. */
function healthy(): TDoctorFingerprint {
  return ZDoctorFingerprint.parse({
    format: FINGERPRINT_FORMAT,
    version: 1,
    createdAt: "2026-12-06T18:00:00.000Z",
    agentVersion: "0.1.0",
    erp: "subiekt-gt",
    server: {
      kind: "sqlserver",
      version: "16.0.1000.6",
      edition: "Express Edition",
      collation: "Polish_CI_AS",
      encoding: null,
    },
    verdict: { ready: true, checks: [{ name: "connection", level: "ok", detail: "mssql database reachable" }] },
    tables: ["kh__Kontrahent", "adr__Ewid", ...DOCUMENT_TABLES].map((name) => ({
      name,
      present: true,
      columnCount: 40,
      missingColumns: [],
    })),
    requiredColumns: [{ table: "dok__Dokument", column: "dok_DataMag", supplied: true }],
    lackingPermissions: [],
    triggers: [{ table: "dok__Dokument", name: "tr_dok_Insert" }],
    procedures: [
      { schema: "dbo", name: "spIdentyfikator", parameters: [{ name: "@tabela", type: "varchar", output: false }] },
    ],
    numbering: (["ZK", "MM", "FS", "PA", "KFS"] as const).map((document) => ({
      document,
      known: true,
      period: "month",
      warehouse: false,
      extension: false,
    })),
    writes: [
      { write: "customer", tables: ["kh__Kontrahent", "adr__Ewid"], procedures: ["spIdentyfikator"] },
      ...(["ZK", "MM", "FS", "PA", "KFS"] as const).map((write) => ({
        write,
        tables: DOCUMENT_TABLES,
        procedures: ["spIdentyfikator"],
      })),
    ],
  });
}

const blocked = (fingerprint: TDoctorFingerprint) =>
  Object.fromEntries(blockedWrites(fingerprint).map((verdict) => [verdict.write, verdict.blocks]));

describe("blockedWrites", () => {
  it("blocks nothing on a healthy database", () => {
    expect(Object.values(blocked(healthy())).flat()).toEqual([]);
  });

  it("names the NOT NULL column an insert does not supply, for each write into that table only", () => {
    const fingerprint = healthy();
    fingerprint.requiredColumns.push({ table: "DOK__DOKUMENT", column: "dok_PoleX", supplied: false });
    const result = blocked(fingerprint);
    expect(result.ZK).toEqual([{ code: "requiredColumn", params: { table: "DOK__DOKUMENT", column: "dok_PoleX" } }]);
    expect(result.KFS).toHaveLength(1);
    expect(result.customer).toEqual([]);
  });

  it("blocks one document type whose numbering scheme the writer does not know, naming the setting", () => {
    const fingerprint = healthy();
    fingerprint.numbering[2] = { document: "FS", known: false, setting: "np_NrDzien", reason: "a series per day" };
    const result = blocked(fingerprint);
    expect(result.FS).toEqual([
      { code: "numbering", params: { document: "FS", setting: "np_NrDzien", reason: "a series per day" } },
    ]);
    expect(result.PA).toEqual([]);
  });

  it("blocks a write whose table is missing, lacks a column, or may not be written by the login", () => {
    const fingerprint = healthy();
    fingerprint.tables[1] = { name: "adr__Ewid", present: false, columnCount: 0, missingColumns: [] };
    fingerprint.tables[0] = { name: "kh__Kontrahent", present: true, columnCount: 80, missingColumns: ["kh_Symbol"] };
    fingerprint.lackingPermissions.push({ table: "tw_Stan", permission: "UPDATE" });
    const result = blocked(fingerprint);
    expect(result.customer).toEqual([
      { code: "missingColumn", params: { table: "kh__Kontrahent", column: "kh_Symbol" } },
      { code: "missingTable", params: { table: "adr__Ewid" } },
    ]);
    expect(result.MM).toEqual([{ code: "permission", params: { table: "tw_Stan", permission: "UPDATE" } }]);
  });
  it("blocks every write when the id procedure they call is missing", () => {
    const fingerprint = healthy();
    fingerprint.procedures = [];
    for (const blocks of Object.values(blocked(fingerprint))) {
      expect(blocks).toEqual([{ code: "missingProcedure", params: { procedure: "spIdentyfikator" } }]);
    }
  });
});

describe("ZDoctorFingerprint", () => {
  it("names the field of a bad file", () => {
    const bad = { ...healthy(), server: { ...healthy().server, collation: 5 } };
    const result = ZDoctorFingerprint.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["server", "collation"]);
  });

  it("refuses a later version of the format rather than misread it", () => {
    const result = ZDoctorFingerprint.safeParse({ ...healthy(), version: 2 });
    expect(result.error?.issues[0]?.path).toEqual(["version"]);
  });
});
