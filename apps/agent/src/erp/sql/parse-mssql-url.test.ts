import { describe, expect, it } from "vitest";
import { parseMssqlUrl } from "./parse-mssql-url.ts";

describe("parseMssqlUrl", () => {
  it("reads a Subiekt-style named instance URL into mssql's config", () => {
    const config = parseMssqlUrl({
      url: "mssql://sa:P%40ss%3Aw0rd@hq-server/Firma%20Demo?instanceName=INSERTGT&encrypt=false&trustServerCertificate=true",
    });
    expect(config).toMatchObject({
      server: "hq-server",
      port: undefined,
      database: "Firma Demo",
      user: "sa",
      password: "P@ss:w0rd",
      pool: { min: 0, max: 10 },
      options: { instanceName: "INSERTGT", encrypt: false, trustServerCertificate: true, useUTC: true },
    });
  });

  it("accepts sqlserver: with a port and secure defaults", () => {
    const config = parseMssqlUrl({ url: "sqlserver://agent:x@10.0.0.5:1433/Firma?poolMax=3&requestTimeout=5000" });
    expect(config).toMatchObject({ port: 1433, requestTimeout: 5000, pool: { max: 3 } });
    expect(config.options).toMatchObject({ encrypt: true, trustServerCertificate: false, instanceName: undefined });
  });

  it.each([
    ["mssql://sa:x@host/", "ERP database URL: database: required (the URL path, e.g. mssql://host/Firma)"],
    ["mssql://host/Firma", "ERP database URL: user: required"],
    ["mssql://sa:x@host/Firma?encrypt=yes", "ERP database URL: encrypt: expected true or false"],
    ["mssql://sa:x@host/Firma?poolMax=many", "ERP database URL: poolMax: expected a number"],
    ["mssql://sa:x@host:1433/Firma?instanceName=INSERTGT", "ERP database URL: instanceName: give either a port"],
    ["mssql://sa:x@host/Firma?encrpyt=false", 'ERP database URL: options: Unrecognized key: "encrpyt"'],
    ["postgres://sa:x@host/Firma", "ERP database URL: scheme postgres: is not mssql: or sqlserver:"],
  ])("rejects %s naming the field", (url, message) => {
    expect(() => parseMssqlUrl({ url })).toThrow(message);
  });

  it("never repeats the password in an error", () => {
    expect(() => parseMssqlUrl({ url: "mssql://sa:s3cret@host:99999/Firma" })).toThrow(/^(?!.*s3cret)/);
  });
});
