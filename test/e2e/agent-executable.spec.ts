import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import {
  execStartOf,
  LINUX_EXECUTABLE,
  requireBuilt,
  runExecutable,
  ServiceProcess,
} from "../support/agent-executable.ts";
import { eventually } from "../support/eventually.ts";

const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;
const ZOrder = z.object({ order: z.object({ id: z.uuid(), erp: z.object({ orderNumber: z.string().nullable() }) }) });

/** The portal's domain on the e2e database (loaded once global setup made it). */
async function loadDomain() {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  const [factories, agents, sync, channels, settings, db, bus] = await Promise.all([
    import("../support/factories.ts"),
    import("../../apps/portal/src/server/admin/agents/create-agent.ts"),
    import("../integration/sync/sync-fixture.ts"),
    import("../integration/channel-api/channel-fixture.ts"),
    import("../../apps/portal/src/server/settings/integration-settings.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/agent-link/subscribe.ts"),
  ]);
  return { ...factories, ...agents, ...sync, ...channels, ...settings, ...db, ...bus };
}

test("the Linux executable installs as a service, connects, and an order reaches the sandbox ERP", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const executable = await requireBuilt(LINUX_EXECUTABLE);
  const domain = await loadDomain();
  const sandbox = await createSandbox({ size: SMALL_SANDBOX });
  const root = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-install-"));
  let service: ServiceProcess | undefined;
  try {
    const company = await domain.makeCompany({ name: `Klient exe ${randomBytes(3).toString("hex")}` });
    const { enrollmentCode } = await domain.createAgent({
      actor: domain.STAFF_ACTOR,
      companyId: company.id,
      name: "Serwer ERP",
    });

    // A plain-http portal that is not this machine is refused before the code is spent.
    const insecure = await runExecutable({
      executable,
      args: [
        "install",
        "--portal",
        "http://portal.example.pl",
        "--code",
        enrollmentCode,
        "--erp-url",
        sandbox.url,
        "--root",
        root,
      ],
    });
    expect(insecure.code).toBe(1);
    expect(insecure.stderr).toContain("--portal: must be https://");

    const install = await runExecutable({
      executable,
      args: ["install", "--portal", baseURL ?? "", "--code", enrollmentCode, "--erp-url", sandbox.url, "--root", root],
    });
    expect(install.stderr).toBe("");
    expect(install.code).toBe(0);
    expect(install.stdout).toMatch(/enrolled as agent [0-9a-f-]{36}/);
    const configPath = path.join(root, "data/config.json");
    expect((await stat(configPath)).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(root, "data"))).mode & 0o777).toBe(0o700);
    const config = z
      .object({ agentId: z.uuid(), credential: z.string(), erpUrl: z.string() })
      .parse(JSON.parse(await readFile(configPath, "utf8")));
    expect(config.erpUrl).toBe(sandbox.url);

    const argv = execStartOf(await readFile(path.join(root, "systemd/erp-bridge-agent.service"), "utf8"));
    expect(argv).toEqual([path.join(root, "program/erp-bridge-agent"), "service", "--config", configPath]);
    expect((await readFile(argv[0] ?? "")).equals(await readFile(executable))).toBe(true);
    service = new ServiceProcess({ argv, logsDir: path.join(root, "data/logs") });
    await service.waitForLog((line) => line.msg === "connected");

    const status = await runExecutable({ executable, args: ["status", "--root", root] });
    expect(status.stdout).toContain("reachable:   yes");
    expect(status.stdout).toContain("access:      only the system and administrators may read it");
    expect(status.code).toBe(0);

    // The client's integration, with the agent the executable enrolled, and a store channel.
    const [store] = await sandbox.db.selectFrom("sl_Magazyn").select("mag_Id").orderBy("mag_Id").execute();
    if (!store) throw new Error("the sandbox has warehouses");
    const since = new Date();
    await domain.configureIntegration({
      companyId: company.id,
      agentId: config.agentId,
      settings: {
        dataGroups: { ...domain.DEFAULT_SETTINGS.dataGroups, prices: OFF, stock: OFF, customers: OFF, documents: OFF },
        warehouses: [{ erpId: store.mag_Id, role: "store" }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
        paymentMethods: [{ channelCode: "payu", erpName: "transfer", prepaid: true }],
      },
    });
    await domain.finishedRun({ companyId: company.id, group: "PRODUCTS", since });
    const { key } = await domain.makeChannelWithKey({ companyId: company.id, channel: { name: "Sklep WWW" } });
    const product = await sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Symbol")
      .where("tw_Usuniety", "=", false)
      .where("tw_Zablokowany", "=", false)
      .orderBy("tw_Id")
      .executeTakeFirstOrThrow();
    const posted = await request.post("/api/v1/orders", {
      headers: { authorization: `Bearer ${key}` },
      data: {
        externalId: `WWW-${randomBytes(3).toString("hex")}`,
        document: "receipt",
        deliveryMethod: "courier",
        paymentMethod: "payu",
        buyer: {
          name: "Jan Kowalski",
          email: `jan.${randomBytes(3).toString("hex")}@example.pl`,
          address: { street: "Długa 5", postalCode: "00-001", city: "Warszawa" },
        },
        lines: [{ product: { sku: product.tw_Symbol }, quantity: 1, unitGross: 12.3, vatRate: 23 }],
        totalGross: 12.3,
      },
    });
    expect(posted.status()).toBe(201);
    const { order } = ZOrder.parse(await posted.json());
    const zk = await eventually(
      async () => {
        const response = await request.get(`/api/v1/orders/${order.id}`, {
          headers: { authorization: `Bearer ${key}` },
        });
        return ZOrder.parse(await response.json()).order.erp.orderNumber ?? undefined;
      },
      { what: "the order's ZK from the ERP", timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(zk).toMatch(/^ZK \d+/);
    const written = await sandbox.db
      .selectFrom("dok__Dokument")
      .select("dok_NrPelny")
      .where("dok_NrPelny", "=", zk)
      .executeTakeFirst();
    expect(written).toBeDefined();

    const logs = await runExecutable({ executable, args: ["logs", "--root", root, "-n", "200"] });
    expect(logs.stdout).toContain('"msg":"command finished"');

    // Someone loosens the config file: status says so and fails.
    await chmod(configPath, 0o644);
    const loose = await runExecutable({ executable, args: ["status", "--root", root] });
    expect(loose.stdout).toMatch(/WARNING: .*config\.json has mode 644: readable by others/);
    expect(loose.code).toBe(1);

    expect(await service.stop()).toBe(0);
    await service.waitForLog((line) => line.msg === "service stopped");
    const uninstall = await runExecutable({ executable, args: ["uninstall", "--root", root] });
    expect(uninstall.code).toBe(0);
    expect(await stat(path.join(root, "program")).catch(() => null)).toBeNull();
    expect(await stat(path.join(root, "systemd/erp-bridge-agent.service")).catch(() => null)).toBeNull();
    expect(await stat(configPath)).toBeTruthy();
  } finally {
    await service?.stop();
    await rm(root, { recursive: true, force: true });
    await sandbox.drop();
    await domain.closeBus();
    await domain.disconnectDb();
  }
});
