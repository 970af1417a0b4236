import { describe, expect, it } from "vitest";
import { createLogger } from "../log.ts";
import { ErpConnections } from "./erp-connections.ts";

const log = createLogger({ level: "error" });
// Connectors connect lazily: routing never touches these (unreachable) databases.
const connections = new ErpConnections({
  log,
  connections: [
    { key: "default", erpType: "subiekt-gt", erpUrl: "postgres://nobody@127.0.0.1:1/subiekt" },
    { key: "partner", erpType: "optima", erpUrl: "postgres://nobody@127.0.0.1:1/optima" },
  ],
});

describe("routing a command to its ERP connection", () => {
  it("takes the default connection when the command names none, and the named one otherwise", () => {
    const [subiekt, optima] = connections.list.map((connection) => connection.connector);
    expect(connections.route({ connection: undefined, command: "erp.read" })).toEqual({ ok: true, erp: subiekt });
    expect(connections.route({ connection: "partner", command: "erp.read" })).toEqual({ ok: true, erp: optima });
    expect(connections.route({ connection: "default", command: "erp.order.create" })).toMatchObject({ ok: true });
  });

  it("answers an unknown connection with ERP_UNAVAILABLE naming it and the ones served", () => {
    expect(connections.route({ connection: "branch-2", command: "erp.read" })).toEqual({
      ok: false,
      code: "ERP_UNAVAILABLE",
      message: `connection "branch-2" is not configured on this agent (it serves: "default", "partner"); add it under "connections" in the agent's config file`,
    });
  });

  it.each(["erp.order.create", "erp.writes.preflight", "erp.sfera.check", "erp.products.find"] as const)(
    "refuses %s on an Optima connection: read-only for now",
    (command) => {
      expect(connections.route({ connection: "partner", command })).toEqual({
        ok: false,
        code: "ERP_REFUSED",
        message: `connection "partner" is Comarch ERP Optima, read-only for now: ${command} is not available there (sync, cloud copy and reports are)`,
      });
    },
  );

  it("an agent without connections still answers default commands with the stand-in that says so", async () => {
    const none = new ErpConnections({ log, connections: [] });
    const routed = none.route({ connection: undefined, command: "erp.status" });
    expect(routed.ok && (await routed.erp.status({ signal: AbortSignal.timeout(1000) })).configured).toBe(false);
    expect(await none.statuses({ timeoutMs: 1000 })).toEqual([]);
  });
});
