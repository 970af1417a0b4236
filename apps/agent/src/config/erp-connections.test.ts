import { describe, expect, it } from "vitest";
import { resolveConfig } from "./load-config.ts";

const path = "/etc/erp-bridge/agent.json";
const enrolled = {
  portalUrl: "https://portal.example.pl",
  agentId: "3b241101-e2bb-4255-8caf-4136c566a962",
  credential: "secret-credential",
  journalDir: "journal",
};
const resolve = (extra: object) =>
  resolveConfig({ path, fileText: JSON.stringify({ ...enrolled, ...extra }), env: {} });
const optima = { key: "partner", erpType: "optima", erpUrl: "mssql://u:p@server/CDN_Partner" };

describe("ERP connections in the config file", () => {
  it("accepts the legacy erpUrl beside further connections, secrets plain or DPAPI-protected", () => {
    const sealed = { protection: "dpapi-machine", data: "AQAAANCMnd8B" };
    const result = resolve({ erpUrl: "mssql://u:p@hq/SUBIEKT", connections: [{ ...optima, erpUrl: sealed }] });
    expect(result).toMatchObject({ ok: true, config: { connections: [{ key: "partner", erpUrl: sealed }] } });
  });

  it.each([
    [
      "a duplicate key",
      { connections: [optima, { ...optima, erpType: "subiekt-gt" }] },
      `"connections[1].key" in ${path}: duplicate key "partner"`,
    ],
    [
      "a key that is not a name",
      { connections: [{ ...optima, key: "Partner 2" }] },
      `"connections[0].key" in ${path}: must be 1-32 lower-case letters, digits or hyphens`,
    ],
    [
      "an unknown ERP type",
      { connections: [{ ...optima, erpType: "xl" }] },
      `"connections[0].erpType" in ${path}: must be "subiekt-gt" or "optima"`,
    ],
    [
      "a connection without its URL",
      { connections: [{ key: "partner", erpType: "optima" }] },
      `"connections[0].erpUrl" in ${path}: is missing`,
    ],
    [
      "Sfera settings on an Optima connection",
      {
        connections: [
          {
            ...optima,
            sfera: { server: "S", database: "D", sqlUser: "u", sqlPassword: "", operator: "o", operatorPassword: "" },
          },
        ],
      },
      `"connections[0].sfera" in ${path}: only a subiekt-gt connection takes Sfera settings (Sfera is Subiekt GT's API); "partner" is optima`,
    ],
    [
      '"default" named twice (erpUrl is the default connection)',
      { erpUrl: "mssql://u:p@hq/SUBIEKT", connections: [{ ...optima, key: "default" }] },
      `"connections[0].key" in ${path}: "default" is the connection "erpUrl" already defines: remove "erpUrl" (and "sfera") or name this connection otherwise`,
    ],
  ])("refuses %s, naming the field", (_, extra, line) => {
    expect(resolve(extra)).toEqual({ ok: false, line });
  });
});
