import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSferaConfig } from "./sfera-config.ts";

const configFile = (content: unknown) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sfera-config-")), "agent.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
};

const sfera = {
  server: "SERWER\\INSERTGT",
  database: "SUBIEKT_FIRMA",
  sqlUser: "sa",
  sqlPassword: "x",
  operator: "Integracja",
  operatorPassword: "y",
};

describe("the agent config's Sfera settings", () => {
  it("reads them with the ERP URL beside them", async () => {
    const configPath = configFile({
      portalUrl: "http://p",
      erpUrl: "mssql://u:p@s/DB",
      sfera: { ...sfera, fiscalPrinterId: 2 },
    });
    expect(await readSferaConfig({ configPath })).toEqual({
      ok: true,
      sfera: { ...sfera, fiscalPrinterId: 2 },
      erpUrl: "mssql://u:p@s/DB",
    });
  });

  it("names the field that is wrong, or says the section is missing", async () => {
    const missing = configFile({ sfera: { ...sfera, operator: undefined } });
    expect(await readSferaConfig({ configPath: missing })).toEqual({
      ok: false,
      line: `"sfera.operator" in ${missing}: Invalid input: expected string, received undefined`,
    });
    const none = configFile({ erpUrl: "mssql://u:p@s/DB" });
    const result = await readSferaConfig({ configPath: none });
    expect(result.ok ? "" : result.line).toMatch(/has no "sfera" settings: add "sfera": \{ "server", "database"/);
    const broken = configFile("{");
    expect(await readSferaConfig({ configPath: broken })).toEqual({ ok: false, line: `${broken}: not JSON` });
  });
});
