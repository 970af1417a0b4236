import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { ZErpConnectionStatus, ZProduct, ZWarehouse } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AgentProcess } from "../../support/agent-process.ts";
import { UpdatePortal } from "../../support/update-portal.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { createOptimaSandbox } from "../optima-reads/optima-fixture.ts";

let portal: UpdatePortal;
let subiekt: Awaited<ReturnType<typeof createSandbox>>;
let optima: Awaited<ReturnType<typeof createOptimaSandbox>>;
let agent: AgentProcess;
let dir: string;

beforeAll(async () => {
  [portal, subiekt, optima] = await Promise.all([
    UpdatePortal.start({ pageBytes: 1024, heartbeatMs: 2000 }),
    createSandbox({ size: SMALL_SANDBOX }),
    createOptimaSandbox(),
  ]);
  dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-two-"));
  const config = path.join(dir, "agent.json");
  // Head office on Subiekt GT (the legacy erpUrl: connection "default"), a partner on Optima.
  const file = {
    portalUrl: portal.url,
    agentId: randomUUID(),
    credential: "stand-in-credential",
    journalDir: path.join(dir, "journal"),
    erpUrl: subiekt.url,
    connections: [{ key: "partner", erpType: "optima", erpUrl: optima.url }],
  };
  await writeFile(config, JSON.stringify(file), { mode: 0o600 });
  agent = new AgentProcess({ args: ["run", "--config", config] });
  await agent.waitFor((log) => log.msg === "connected");
});
afterAll(async () => {
  await agent?.stop("SIGKILL");
  await portal?.close();
  await Promise.all([subiekt?.drop(), optima?.drop()]);
  await rm(dir, { recursive: true, force: true });
});

const ZReadPage = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row) });
const read = (resource: string, connection?: string) =>
  portal.command({
    name: "erp.read",
    input: { resource, cursor: null, pageSize: 200, maxPages: 100 },
    ...(connection && { connection }),
  });

describe("one agent process serving a Subiekt GT and an Optima connection", () => {
  it("lists both connections, reachable, in its hello and its heartbeats", async () => {
    const hello = await portal.waitFor("hello");
    const connections = z.array(ZErpConnectionStatus).parse(hello.payload.connections);
    expect(connections.map(({ key, erpType, erp }) => ({ key, erpType, reachable: erp.reachable }))).toEqual([
      { key: "default", erpType: "subiekt-gt", reachable: true },
      { key: "partner", erpType: "optima", reachable: true },
    ]);
    expect(hello.payload.erp).toMatchObject({ message: "Subiekt GT database reachable" });
    // Every heartbeat's status lists them too.
    const status = await portal.waitFor("status");
    const keys = z
      .array(ZErpConnectionStatus)
      .parse(status.payload.connections)
      .map((connection) => connection.key);
    expect(keys).toEqual(["default", "partner"]);
  });

  it("answers erp.read from the connection each command names (none: the default one)", async () => {
    const [head, partner] = [await read("products"), await read("products", "partner")];
    const skus = (pages: unknown[]) =>
      pages.flatMap((page) =>
        ZReadPage(ZProduct)
          .parse(page)
          .rows.map((p) => p.sku),
      );
    expect(head.outcome).toMatchObject({ ok: true });
    expect(partner.outcome).toMatchObject({ ok: true });
    const subiektSkus = await subiekt.db.selectFrom("tw__Towar").select("tw_Symbol").orderBy("tw_Id").execute();
    const optimaSkus = await optima.db.selectFrom("CDN.Towary").select("Twr_Kod").orderBy("Twr_TwrId").execute();
    expect(skus(head.pages)).toEqual(subiektSkus.map((row) => row.tw_Symbol));
    expect(skus(partner.pages)).toEqual(optimaSkus.map((row) => row.Twr_Kod));
    const warehouses = await read("warehouses", "partner");
    const codes = warehouses.pages.flatMap((page) =>
      ZReadPage(ZWarehouse)
        .parse(page)
        .rows.map((w) => w.code),
    );
    expect(codes).toEqual(["MAGAZYN", "SWA", "SKR"]);
  });

  it("refuses a write on the read-only Optima connection and names an unknown connection", async () => {
    const write = await portal.command({ name: "erp.writes.preflight", input: {}, connection: "partner" });
    expect(write.outcome).toMatchObject({
      ok: false,
      error: {
        code: "ERP_REFUSED",
        message: expect.stringContaining('connection "partner" is Comarch ERP Optima, read-only'),
      },
    });
    const unknown = await read("products", "branch-2");
    expect(unknown.outcome).toMatchObject({
      ok: false,
      error: { code: "ERP_UNAVAILABLE", message: expect.stringContaining('connection "branch-2" is not configured') },
    });
  });
});
