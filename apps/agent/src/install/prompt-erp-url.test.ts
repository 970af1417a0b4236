import { describe, expect, it } from "vitest";
import { parseMssqlUrl } from "../erp/sql/parse-mssql-url.ts";
import { mssqlUrlFrom } from "./prompt-erp-url.ts";

describe("mssqlUrlFrom", () => {
  it("builds a URL the connector reads back exactly, instance and odd password included", () => {
    const url = mssqlUrlFrom({
      server: "SERWER\\INSERTGT",
      database: "Firma Sp z o.o.",
      login: "integracja",
      password: "p@ss:ł/ó#?",
    });
    expect(parseMssqlUrl({ url })).toMatchObject({
      server: "SERWER",
      database: "Firma Sp z o.o.",
      user: "integracja",
      password: "p@ss:ł/ó#?",
      options: { instanceName: "INSERTGT", encrypt: false, trustServerCertificate: true },
    });
  });
});
