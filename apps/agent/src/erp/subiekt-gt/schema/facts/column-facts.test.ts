import { describe, expect, it } from "vitest";
import { SUBIEKT_TABLES } from "../database.ts";
import { completeRow } from "../complete-row.ts";
import { COLUMN_FACTS } from "./column-facts.ts";

describe("the connector's table specs and the column facts", () => {
  it("type every column the connector uses as the facts do (sl_Rabat, absent from the facts, aside)", () => {
    const mismatches: string[] = [];
    for (const [table, spec] of Object.entries(SUBIEKT_TABLES)) {
      if (table === "sl_Rabat") continue;
      for (const [column, declared] of Object.entries(spec.columns as Record<string, string>)) {
        const fact = COLUMN_FACTS.find((f) => f.table === table && f.column === column);
        const expected = fact ? `${fact.type}${fact.nullable ? " null" : ""}` : "absent from the facts";
        if (declared !== expected) mismatches.push(`${table}.${column}: ${declared}, facts: ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("parses keys, identity and the computed address", () => {
    const fact = (table: string, column: string) => COLUMN_FACTS.find((f) => f.table === table && f.column === column);
    expect(fact("tw_Stan", "st_MagId")).toMatchObject({ primaryKeyPart: 2, nullable: false });
    expect(fact("nr_NrRez", "rez_Id")).toMatchObject({ primaryKeyPart: 1, identity: true });
    expect(fact("dok__Dokument", "dok_Id")).toMatchObject({ primaryKeyPart: 1, identity: false });
    expect(fact("adr__Ewid", "adr_Adres")?.computed).toMatch(/^\(case when \[adr_NrLokalu\]<>''/);
    expect(fact("kh__Kontrahent", "kh_EMail")).toMatchObject({ nullable: false, default: "''" });
  });

  it("completes a row with 0 or false for NOT NULL int/bit/money columns without a stated default, never text or dates", () => {
    const row = completeRow("dok_Vat", { vt_Id: 1 });
    expect(row).toEqual({
      vt_Id: 1,
      vt_DokId: 0,
      vt_VatId: 0,
      vt_VatProc: 0,
      vt_WartNetto: 0,
      vt_WartVat: 0,
      vt_WartBrutto: 0,
    });
    const document = completeRow("dok__Dokument", { dok_Status: 1 }) as Record<string, unknown>;
    expect(document).toMatchObject({ dok_Status: 1, dok_JestRuchMag: false, dok_WartNetto: 0 });
    expect(document).not.toHaveProperty("dok_DataMag");
  });
});
