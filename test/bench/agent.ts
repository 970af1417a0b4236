/**
 * npm run bench:agent — prints one JSON document.
 *
 * The built executables (npm run build:agent runs first): their size; cold start to connected
 * against the portal's agent hub, as the service starts it (supervisor, then agent) and as
 * `run` alone, 5 times each; the agent's resident memory idle and during a full read of 100k
 * products (sandbox generated in a child process) through the tunnel. Target: RSS < 150 MB.
 * Knobs: BENCH_PRODUCTS, BENCH_STARTS.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { LINUX_EXECUTABLE, requireBuilt, WINDOWS_EXECUTABLE } from "../support/agent-executable.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { percentile, round, rssMb } from "./stats.ts";

const execFileAsync = promisify(execFile);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const TARGET_RSS_MB = 150;

const executable = await requireBuilt(LINUX_EXECUTABLE);
const print = console.log;
// The agent hub runs in this process and logs a line per connection: to stderr, so stdout is the one document.
console.log = console.error;
const portalDatabase = await createTestDatabase("erp_bridge_bench_agent");
const sandboxDatabase = await createTestDatabase("erp_bench_agent_sandbox");
const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-bench-agent-"));
const cleanups: (() => Promise<unknown>)[] = [
  portalDatabase.drop,
  sandboxDatabase.drop,
  () => rm(dir, { recursive: true, force: true }),
];
try {
  await migrateDatabase({ url: portalDatabase.url });
  Object.assign(process.env, {
    DATABASE_URL: portalDatabase.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
  });
  await execFileAsync(process.execPath, [
    "--import",
    "tsx",
    "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
    ...["--url", sandboxDatabase.url, "--seed", "3", "--products", String(PRODUCTS), "--price-levels", "10"],
    ...["--warehouses", "5", "--customers", "100", "--years", "1", "--document-lines", "1000"],
    ...["--until", "2026-03-15"],
  ]);
  const { startHub } = await import("../support/tunnel-harness.ts");
  const { makeCompany, STAFF_ACTOR } = await import("../support/factories.ts");
  const { createAgent } = await import("../../apps/portal/src/server/admin/agents/create-agent.ts");
  const { enrollAgent } = await import("../../apps/portal/src/server/agent-link/enroll-agent.ts");
  const { disconnectDb } = await import("../../apps/portal/src/server/platform/database/db.ts");
  const { closeBus } = await import("../../apps/portal/src/server/agent-link/subscribe.ts");
  const phases = await import("./agent-phases.ts");
  cleanups.unshift(closeBus, disconnectDb);
  const hub = await startHub();
  cleanups.unshift(hub.close);

  const company = await makeCompany();
  const { enrollmentCode } = await createAgent({ actor: STAFF_ACTOR, companyId: company.id, name: "bench" });
  const { agentId, credential } = await enrollAgent({ code: enrollmentCode, hostname: "bench", agentVersion: "bench" });
  const config = path.join(dir, "config.json");
  const journalDir = path.join(dir, "journal");
  await writeFile(
    config,
    JSON.stringify({ portalUrl: hub.url, agentId, credential, journalDir, erpUrl: sandboxDatabase.url }),
    {
      mode: 0o600,
    },
  );

  const starts: Record<"run" | "service", number[]> = { run: [], service: [] };
  for (let i = 0; i < STARTS; i++) {
    for (const verb of ["run", "service"] as const) {
      const { ms, agent } = await phases.coldStart({ executable, verb, config });
      starts[verb].push(ms);
      await agent.stop();
    }
  }

  const { agent } = await phases.coldStart({ executable, verb: "service", config });
  cleanups.unshift(() => agent.stop());
  const agentPid = await phases.childPid(agent.child);
  await sleep(10_000); // idle: connected, heartbeats only
  const idle = { agentMb: await rssMb(agentPid), supervisorMb: await rssMb(agent.child.pid ?? 0) };
  const read = await phases.readAllProducts({ companyId: company.id, agentPid });
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  const size = async (file: string) => round((await stat(file)).size / 1024 / 1024);

  print(
    JSON.stringify(
      {
        bench: "agent",
        executableMb: {
          "linux-x64": await size(executable),
          "win-x64": await stat(WINDOWS_EXECUTABLE).then(
            () => size(WINDOWS_EXECUTABLE),
            () => null,
          ),
        },
        coldStartToConnectedMs: {
          service: { median: median(starts.service), all: starts.service },
          run: { median: median(starts.run), all: starts.run },
        },
        rssIdleMb: { agent: idle.agentMb, supervisor: idle.supervisorMb, targetAgent: `< ${TARGET_RSS_MB}` },
        productsRead: {
          products: PRODUCTS,
          seconds: read.seconds,
          result: read.result,
          peakAgentRssMb: read.peakRssMb,
          target: `< ${TARGET_RSS_MB}`,
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
