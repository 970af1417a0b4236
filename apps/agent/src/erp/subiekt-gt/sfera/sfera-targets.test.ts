import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSferaTargets } from "./sfera-targets.ts";

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
const branchSfera = { ...sfera, database: "SUBIEKT_ODDZIAL" };

/** Head office with Sfera, a branch on Subiekt with Sfera, one without, a partner on Optima. */
const several = () =>
  configFile({
    portalUrl: "http://p",
    erpUrl: "mssql://u:p@s/DB",
    sfera,
    connections: [
      { key: "branch", erpType: "subiekt-gt", erpUrl: "mssql://u:p@s/ODDZIAL", sfera: branchSfera },
      { key: "shop", erpType: "subiekt-gt", erpUrl: "mssql://u:p@s/SKLEP" },
      { key: "partner", erpType: "optima", erpUrl: "mssql://u:p@s/CDN_PARTNER" },
    ],
  });

describe("the connections sfera-check checks", () => {
  it("reads the default connection's settings with the ERP URL beside them (AGENT_ERP_URL stands for it)", async () => {
    const configPath = configFile({
      portalUrl: "http://p",
      erpUrl: "mssql://u:p@s/DB",
      sfera: { ...sfera, fiscalPrinterId: 2 },
    });
    expect(await readSferaTargets({ configPath })).toEqual({
      ok: true,
      targets: [{ key: "default", erpUrl: "mssql://u:p@s/DB", sfera: { ...sfera, fiscalPrinterId: 2 } }],
      notChecked: [],
    });
    const overridden = await readSferaTargets({ configPath, envErpUrl: "mssql://u:p@other/DB" });
    expect(overridden.ok && overridden.targets[0]?.erpUrl).toBe("mssql://u:p@other/DB");
  });

  it("none named: each Subiekt GT connection with Sfera settings, and says which it leaves out", async () => {
    expect(await readSferaTargets({ configPath: several() })).toEqual({
      ok: true,
      targets: [
        { key: "default", erpUrl: "mssql://u:p@s/DB", sfera },
        { key: "branch", erpUrl: "mssql://u:p@s/ODDZIAL", sfera: branchSfera },
      ],
      notChecked: [
        'connection "shop": no Sfera settings (the SQL writer writes there): not checked',
        'connection "partner": Comarch ERP Optima, no Sfera there: not checked',
      ],
    });
  });

  it("--connection: that one only; an Optima one is refused, an unknown one and missing settings are named", async () => {
    const configPath = several();
    expect(await readSferaTargets({ configPath, connection: "branch" })).toEqual({
      ok: true,
      targets: [{ key: "branch", erpUrl: "mssql://u:p@s/ODDZIAL", sfera: branchSfera }],
      notChecked: [],
    });
    expect(await readSferaTargets({ configPath, connection: "partner" })).toEqual({
      ok: false,
      line: '--connection: "partner" is Comarch ERP Optima; Sfera is Subiekt GT\'s own API, there is nothing to check there',
    });
    expect(await readSferaTargets({ configPath, connection: "branch-2" })).toEqual({
      ok: false,
      line: `--connection: "branch-2" is not in ${configPath} (it lists: "default", "branch", "shop", "partner")`,
    });
    const shop = await readSferaTargets({ configPath, connection: "shop" });
    expect(shop.ok ? "" : shop.line).toMatch(
      /^connection "shop" in .* has no Sfera settings: add "connections\[1\]\.sfera": \{ "server", "database"/,
    );
  });

  it("names the field that is wrong, or says the section is missing", async () => {
    const missing = configFile({ sfera: { ...sfera, operator: undefined } });
    expect(await readSferaTargets({ configPath: missing })).toEqual({
      ok: false,
      line: `"sfera.operator" in ${missing}: Invalid input: expected string, received undefined`,
    });
    const sferaOnOptima = configFile({
      connections: [{ key: "partner", erpType: "optima", erpUrl: "mssql://u:p@s/CDN", sfera }],
    });
    const refused = await readSferaTargets({ configPath: sferaOnOptima });
    expect(refused.ok ? "" : refused.line).toMatch(
      /^"connections\[0\]\.sfera" in .*: only a subiekt-gt connection takes Sfera settings/,
    );
    const none = configFile({ erpUrl: "mssql://u:p@s/DB" });
    const result = await readSferaTargets({ configPath: none });
    expect(result.ok ? "" : result.line).toMatch(/has no "sfera" settings: add "sfera": \{ "server", "database"/);
    const broken = configFile("{");
    expect(await readSferaTargets({ configPath: broken })).toEqual({ ok: false, line: `${broken}: not JSON` });
  });
});
