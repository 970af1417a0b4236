/**
 * npm run bench:reports-http — prints one JSON document.
 *
 * The report benches' client (`reports-setup.ts`: BENCH_LINES, 1,000,000 document lines over two
 * years in the cloud copy with its rollups), served by the built portal in its own process, signed
 * in over HTTP as staff. Every report route (`/api/reports/{company}/{report}`, the JSON the pages'
 * exports and scripts read) and every report page (server-rendered HTML, read to its last byte) is
 * asked for over the last 12 months with both comparisons: the first request after the portal
 * started (cold: modules, plans and the pool's connections not yet warm), then BENCH_RUNS (30) more
 * (warm: p50 / p95 / max), each page with its size and the part of it that is React's payload.
 * Target: p95 < 150 ms for every report (issue 18.7).
 * BENCH_REUSE=<portal database URL> measures again on a database an earlier run kept (BENCH_KEEP=1),
 * without generating and syncing it anew; BENCH_PAGES_DIR=<folder> saves each page's HTML there.
 * BENCH_PORTAL_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where the portal's time
 * goes); BENCH_ONLY=<name>[,<name>] measures only the pages and routes so named (e.g. "overview").
 */
import { writeFile } from "node:fs/promises";
import { startPortalProcess } from "../support/portal-process.ts";
import { signInOverHttp } from "./http-session.ts";
import { prepareReportsClient, REPORTS_UNTIL, runCleanups } from "./reports-setup.ts";
import { percentile, round } from "./stats.ts";

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TARGET_P95_MS = 150;

const client = await prepareReportsClient({ lines: LINES, keep: process.env.BENCH_KEEP === "1" });
try {
  // Imported once the bench's database is set: the portal's modules read DATABASE_URL when loaded.
  const phases = await import("./reports-phases.ts");
  const { makeUser } = await import("../support/factories.ts");
  const customer = await phases.busiestCustomer({ companyId: client.companyId });
  const staff = await makeUser({ role: "STAFF" });
  const nodeFlags = process.env.BENCH_PORTAL_NODE_FLAGS?.split(" ").filter(Boolean);
  const portal = await startPortalProcess({ databaseUrl: client.portalUrl, nodeFlags });
  client.cleanups.unshift(() => portal.stop());
  const cookie = await signInOverHttp({ baseUrl: portal.url, email: staff.email, password: staff.password });

  const base = `/reports/${client.companyId}`;
  const to = { to: REPORTS_UNTIL };
  const routes = phases.reportCases({ until: REPORTS_UNTIL, customer }).map(([name, report, query]) => ({
    name,
    path: `/api/reports/${client.companyId}/${report}?${new URLSearchParams({ ...to, ...query })}`,
  }));
  const pages = [
    { name: "overview", path: `${base}?${new URLSearchParams(to)}` },
    ...["product", "customer", "contact", "warehouse", "group"].map((by) => ({
      name: `sales by ${by}`,
      path: `${base}/sales?${new URLSearchParams({ ...to, by })}`,
    })),
    { name: "contractors", path: `${base}/customers?${new URLSearchParams(to)}` },
    { name: "one contractor", path: `${base}/customers/${customer}?${new URLSearchParams(to)}` },
    { name: "margins", path: `${base}/margins?${new URLSearchParams(to)}` },
  ];

  /** One request read to its last byte; anything but 200 stops the bench (an error page is not a report). */
  const timeRequest = async (path: string, saveAs?: string) => {
    const started = performance.now();
    const response = await fetch(`${portal.url}${path}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (saveAs && process.env.BENCH_PAGES_DIR) {
      await writeFile(`${process.env.BENCH_PAGES_DIR}/${saveAs.replaceAll(" ", "-")}.html`, Buffer.from(body));
    }
    // A page's React payload rides in inline scripts beside the HTML it also renders.
    const scripts = new TextDecoder().decode(body).matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs);
    const payloadBytes = [...scripts].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ""), 0);
    return { ms, bytes: body.byteLength, payloadBytes };
  };
  const only = process.env.BENCH_ONLY?.split(",");
  const measure = async (all: { name: string; path: string }[], save = false) => {
    const cases = only ? all.filter((c) => only.includes(c.name)) : all;
    const out: Record<
      string,
      { coldMs: number; p50: number; p95: number; max: number; kB: number; reactPayloadKB?: number }
    > = {};
    for (const { name, path } of cases) {
      const cold = await timeRequest(path, save ? name : undefined);
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) warm.push((await timeRequest(path)).ms);
      warm.sort((a, b) => a - b);
      out[name] = {
        coldMs: round(cold.ms),
        p50: round(percentile(warm, 50)),
        p95: round(percentile(warm, 95)),
        max: round(Math.max(...warm)),
        kB: round(cold.bytes / 1024),
        ...(cold.payloadBytes > 0 ? { reactPayloadKB: round(cold.payloadBytes / 1024) } : {}),
      };
    }
    return out;
  };
  // Pages first: the very first request of the process (cold start of the modules) lands on a page.
  const pageMs = await measure(pages, true);
  const routeMs = await measure(routes);
  const worst = (figures: Record<string, { p95: number }>) => Math.max(0, ...Object.values(figures).map((f) => f.p95));
  console.log(
    JSON.stringify(
      {
        bench: "reports-http",
        ...client.figures,
        period: "last 12 months, with the previous period and the same period a year earlier",
        warmRunsPerReport: RUNS,
        ...(only && { only }),
        target: `p95 < ${TARGET_P95_MS} ms for every report`,
        pagesMs: pageMs,
        routesMs: routeMs,
        worstPageP95: worst(pageMs),
        worstRouteP95: worst(routeMs),
        targetMet: worst(pageMs) < TARGET_P95_MS && worst(routeMs) < TARGET_P95_MS,
      },
      null,
      2,
    ),
  );
} finally {
  await runCleanups(client.cleanups);
}
