/**
 * npm run bench:portal-memory — prints one JSON document.
 *
 * Where the portal's resident memory goes and what its pages cost to load: the built portal on a
 * fresh database (external PostgreSQL, no agent), its RSS split as the kernel sees it 5 s after
 * start, then every staff page requested once (cold: its modules load on first use when Next does
 * not preload them) and again (warm), and the RSS after. Knobs: BENCH_PORTAL_NODE_FLAGS (e.g.
 * "--heapsnapshot-signal=SIGUSR2" to take a heap snapshot with `kill -USR2`), BENCH_HOLD_SECONDS
 * (keeps the portal up that long after starting, for such a look).
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { disconnectPortal } from "./disconnect-portal.ts";
import { signInOverHttp } from "./http-session.ts";
import { machineLoad, percentile, round, rssSplitMb } from "./stats.ts";

const HOLD_SECONDS = Number(process.env.BENCH_HOLD_SECONDS ?? 0);

const database = await createTestDatabase("erp_bridge_bench_memory");
const cleanups: (() => Promise<unknown>)[] = [disconnectPortal, database.drop];
try {
  await migrateDatabase({ url: database.url });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
  });
  const { makeCompany, makeUser, companyIntegrationId } = await import("../support/factories.ts");
  const company = await makeCompany();
  const integrationId = await companyIntegrationId(company.id);
  const staff = await makeUser({ role: "STAFF" });
  const machineBefore = await machineLoad();
  const nodeFlags = process.env.BENCH_PORTAL_NODE_FLAGS?.split(" ").filter(Boolean);
  const portal = await startPortalProcess({ databaseUrl: database.url, nodeFlags });
  cleanups.unshift(() => portal.stop());
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const atStart = { ...(await rssSplitMb(portal.pid)), threads: await threadsOf(portal.pid) };
  if (HOLD_SECONDS > 0) {
    console.error(`portal pid ${portal.pid} held for ${HOLD_SECONDS} s`);
    await new Promise((resolve) => setTimeout(resolve, HOLD_SECONDS * 1000));
  }

  const cookie = await signInOverHttp({ baseUrl: portal.url, email: staff.email, password: staff.password });
  const client = `/clients/${company.id}`;
  const integration = `${client}/integrations/${integrationId}`;
  const paths = [
    "/home",
    "/agents",
    "/orders",
    "/integrations",
    "/sync",
    "/clients",
    client,
    `${client}/details`,
    `${client}/channels`,
    `${client}/audit`,
    `${client}/integration`,
    `${client}/integrations`,
    `${client}/setup`,
    `${client}/sync`,
    `${client}/products`,
    `${client}/spec`,
    integration,
    `${integration}/settings`,
    `${integration}/sync`,
    `${integration}/products`,
    `${integration}/spec`,
    "/reports",
    `/reports/${company.id}`,
    `/reports/${company.id}/sales`,
    `/reports/${company.id}/customers`,
    `/reports/${company.id}/margins`,
  ];
  const cold: number[] = [];
  const warm: number[] = [];
  const pages: { path: string; status: number; coldMs: number; warmMs: number }[] = [];
  for (const path of paths) {
    const first = await timeGet({ url: portal.url + path, cookie });
    const second = await timeGet({ url: portal.url + path, cookie });
    cold.push(first.ms);
    warm.push(second.ms);
    pages.push({ path, status: first.status, coldMs: round(first.ms), warmMs: round(second.ms) });
  }
  const afterPages = { ...(await rssSplitMb(portal.pid)), threads: await threadsOf(portal.pid) };
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: round(percentile(sorted, 50)), max: round(percentile(sorted, 100)) };
  };

  console.log(
    JSON.stringify(
      {
        bench: "portal-memory",
        machine: { before: machineBefore, after: await machineLoad() },
        nodeFlags: nodeFlags ?? [],
        rssMb: { atStart, afterEveryPage: afterPages, target: "< 300 with 1,000 agents (bench:tunnel)" },
        pageLoadMs: { pages: paths.length, cold: summary(cold), warm: summary(warm) },
        pages,
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}

/** One page read to its last byte, in ms. */
async function timeGet(options: { url: string; cookie: string }): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const answer = await fetch(options.url, { headers: { cookie: options.cookie }, redirect: "manual" });
  await answer.arrayBuffer();
  return { ms: performance.now() - started, status: answer.status };
}

async function threadsOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/Threads:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}
