import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { ZCustomer, ZErpConnectionStatus, ZWarehouse } from "@erp-bridge/shared";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { createOptimaSandbox } from "../integration/optima-reads/optima-fixture.ts";
import {
  execStartOf,
  LINUX_EXECUTABLE,
  requireBuilt,
  runExecutable,
  ServiceProcess,
} from "../support/agent-executable.ts";
import { eventually } from "../support/eventually.ts";

/** The portal's domain on the e2e database (loaded once global setup made it). */
async function loadDomain() {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  const [factories, agents, run, pages, db, bus] = await Promise.all([
    import("../support/factories.ts"),
    import("../../apps/portal/src/server/admin/agents/create-agent.ts"),
    import("../../apps/portal/src/server/agent-link/run-live-command.ts"),
    import("../../apps/portal/src/server/agent-link/read-result-pages.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/agent-link/subscribe.ts"),
  ]);
  return { ...factories, ...agents, ...run, ...pages, ...db, ...bus };
}

const ZConfig = z.looseObject({
  agentId: z.uuid(),
  erpUrl: z.string(),
  logLevel: z.string().optional(),
  connections: z.array(z.object({ key: z.string(), erpType: z.string(), erpUrl: z.string() })).optional(),
});

/**
 * Issue 19 from the administrator's side: an agent installed for the head office's Subiekt GT
 * gets a franchise partner's Comarch ERP Optima with `install --connection`, run by the built
 * executable as at the client; the service, started again as systemd would, serves both over the
 * real portal. Wrong options are named and leave the config file as it was, byte for byte.
 */
test("install --connection adds an Optima connection to an installed agent; the portal sees and uses both", async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const executable = await requireBuilt(LINUX_EXECUTABLE);
  const domain = await loadDomain();
  const [subiekt, optima] = await Promise.all([createSandbox({ size: SMALL_SANDBOX }), createOptimaSandbox()]);
  const root = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-connections-"));
  const configPath = path.join(root, "data/config.json");
  const logsDir = path.join(root, "data/logs");
  const verb = (...args: string[]) => runExecutable({ executable, args: [...args, "--root", root] });
  const addPartner = (...args: string[]) => verb("install", "--connection", "partner", ...args);
  let service: ServiceProcess | undefined;
  const startService = async () => {
    const argv = execStartOf(await readFile(path.join(root, "systemd/erp-bridge-agent.service"), "utf8"));
    // Only this start's "connected" counts: the log file keeps the earlier ones.
    const logged = await readFile(path.join(logsDir, "agent.log"), "utf8").catch(() => "");
    const started = new ServiceProcess({ argv, logsDir });
    await started.waitForLog((line) => line.msg === "connected", { after: logged.split("\n").filter(Boolean).length });
    return started;
  };
  try {
    const company = await domain.makeCompany({ name: `Klient dwa ERP ${randomBytes(3).toString("hex")}` });
    const { enrollmentCode } = await domain.createAgent({
      actor: domain.STAFF_ACTOR,
      companyId: company.id,
      name: "Serwer centrali",
    });
    const first = await verb("install", "--portal", baseURL ?? "", "--code", enrollmentCode, "--erp-url", subiekt.url);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    // The administrator turned the log up by hand: a reinstall must keep it.
    const installed = ZConfig.parse(JSON.parse(await readFile(configPath, "utf8")));
    await writeFile(configPath, JSON.stringify({ ...installed, logLevel: "debug" }, null, 2), { mode: 0o600 });
    service = await startService();
    const agentId = installed.agentId;

    // Each wrong option is named, and the config file is left exactly as it was.
    const before = await readFile(configPath, "utf8");
    const refusals: [string[], string][] = [
      [["--erp-type", "xl", "--erp-url", optima.url], "--erp-type: must be subiekt-gt or optima, got xl"],
      [
        ["--erp-type", "optima", "--erp-url", "mysql://odczyt@serwer/CDN_Partner"],
        "--erp-url: ERP database URL: scheme mysql: is not mssql: or sqlserver:",
      ],
      [["--erp-type", "optima"], "--erp-url: required when install does not run in a terminal that can ask for it"],
      [["--erp-type", "optima", "--erp-url", optima.url, "--code", "AAAA-BBBB-CCCC-DDDD"], "enrollment failed: "],
    ];
    for (const [args, line] of refusals) {
      const refused = await addPartner(...args);
      expect(refused.stderr).toContain(line);
      expect(refused.code).toBe(1);
      expect(await readFile(configPath, "utf8")).toBe(before);
    }
    const badKey = await verb("install", "--connection", "Partner 2", "--erp-type", "optima", "--erp-url", optima.url);
    expect(badKey.stderr).toContain("--connection: must be 1-32 lower-case letters, digits or hyphens");
    const optimaDefault = await verb("install", "--erp-type", "optima", "--erp-url", optima.url);
    expect(optimaDefault.stderr).toContain('--erp-type: the default connection ("erpUrl") is Subiekt GT');
    expect(await readFile(configPath, "utf8")).toBe(before);

    // A step after the config is written fails (the new executable cannot be put beside the
    // installed one): the service keeps running as installed, the config keeps all it had.
    const blocked = path.join(root, "program/erp-bridge-agent.new");
    await mkdir(blocked);
    const failed = await addPartner("--erp-type", "optima", "--erp-url", optima.url);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^install failed: .*; the configuration is written, run install again/);
    expect(service.child.exitCode).toBeNull();
    expect(await readFile(path.join(root, "systemd/erp-bridge-agent.service"), "utf8")).toContain("ExecStart=");
    const kept = ZConfig.parse(JSON.parse(await readFile(configPath, "utf8")));
    expect(kept).toMatchObject({ agentId, erpUrl: subiekt.url, logLevel: "debug" });
    expect(kept.connections).toEqual([{ key: "partner", erpType: "optima", erpUrl: optima.url }]);
    await rm(blocked, { recursive: true });

    // Run again, it finishes; systemd's `disable --now` and `enable --now` restart the service.
    const added = await addPartner("--erp-type", "optima", "--erp-url", optima.url);
    expect(added.stderr).toBe("");
    expect(added.stdout).toContain(`keeping the enrollment in ${configPath} (agent ${agentId})`);
    expect(added.stdout).toContain('(connection "partner", optima)');
    expect(added.code).toBe(0);
    expect(ZConfig.parse(JSON.parse(await readFile(configPath, "utf8")))).toEqual(kept);
    // The key is in use for Optima now: another ERP type under it is refused, nothing changes.
    const installedTwo = await readFile(configPath, "utf8");
    const retyped = await addPartner("--erp-type", "subiekt-gt", "--erp-url", subiekt.url);
    expect(retyped.stderr).toContain('--erp-type: connection "partner" is already optima in the config');
    expect(retyped.code).toBe(1);
    expect(await readFile(configPath, "utf8")).toBe(installedTwo);
    await service.stop();
    service = await startService();

    const status = await verb("status");
    expect(status.stdout).toContain("ERP:         default (subiekt-gt), partner (optima)");
    expect(status.code).toBe(0);
    const doctor = await verb("doctor", "--connection", "partner");
    expect(doctor.stdout).toMatch(/Verdict: ready/);
    const sfera = await verb("sfera-check", "--connection", "partner");
    expect(sfera.stderr).toContain('--connection: "partner" is Comarch ERP Optima; Sfera is Subiekt GT\'s own API');

    // The portal keeps both connections as the agent reported them, each reachable.
    await eventually(
      async () => {
        const agent = await domain.getDb().agent.findUniqueOrThrow({ where: { id: agentId } });
        const reported = z.array(ZErpConnectionStatus).safeParse(agent.erpConnections);
        const seen = reported.success ? reported.data : [];
        return seen.length === 2 && seen.every((connection) => connection.erp.reachable) ? seen : undefined;
      },
      { what: "the agent's two connections on the portal", timeoutMs: 30_000, intervalMs: 250 },
    ).then((seen) =>
      expect(seen.map(({ key, erpType }) => ({ key, erpType }))).toEqual([
        { key: "default", erpType: "subiekt-gt" },
        { key: "partner", erpType: "optima" },
      ]),
    );

    // And sends each its commands: the warehouses of both ERPs, the partner's customers with their settlements.
    const read = async <T extends z.ZodType>(resource: string, row: T, connection?: string) => {
      const ran = await domain.runLiveCommand({
        companyId: company.id,
        agentId,
        connection,
        name: "erp.read",
        input: { resource, cursor: null, pageSize: 500, maxPages: 100 },
        purpose: `connections-e2e-${resource}`,
        timeoutMs: 30_000,
      });
      if (!ran.ok) throw new Error(`erp.read ${resource} on ${connection ?? "default"}: ${ran.problem}`);
      const { pages } = await domain.readResultPages({ companyId: company.id, commandId: ran.command.id });
      return pages.flatMap((page) => z.object({ rows: z.array(row) }).parse(page.data).rows);
    };
    const subiektWarehouses = await subiekt.db
      .selectFrom("sl_Magazyn")
      .select("mag_Symbol")
      .orderBy("mag_Id")
      .execute();
    expect((await read("warehouses", ZWarehouse)).map((w) => w.code)).toEqual(
      subiektWarehouses.map((w) => w.mag_Symbol.trim()),
    );
    expect((await read("warehouses", ZWarehouse, "partner")).map((w) => w.code)).toEqual(["MAGAZYN", "SWA", "SKR"]);
    const customers = await read("customers", ZCustomer, "partner");
    expect(customers).toHaveLength(100);
    expect(customers.some((customer) => (customer.overdueAmount ?? 0) > 0)).toBe(true);

    // A hand-edited file with a key twice: install names it and does not overwrite the file.
    const current = ZConfig.parse(JSON.parse(await readFile(configPath, "utf8")));
    const duplicated = JSON.stringify({
      ...current,
      connections: [...(current.connections ?? []), ...(current.connections ?? [])],
    });
    await writeFile(configPath, duplicated, { mode: 0o600 });
    const duplicate = await addPartner("--erp-type", "optima", "--erp-url", optima.url);
    expect(duplicate.stderr).toContain(`"connections[1].key" in ${configPath}: duplicate key "partner"`);
    expect(duplicate.code).toBe(1);
    expect(await readFile(configPath, "utf8")).toBe(duplicated);
  } finally {
    await service?.stop();
    await rm(root, { recursive: true, force: true });
    await Promise.all([subiekt.drop(), optima.drop()]);
    await domain.closeBus();
    await domain.disconnectDb();
  }
});
