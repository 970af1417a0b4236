/**
 * npm run bench:reports — prints one JSON document.
 *
 * The report benches' client (`reports-setup.ts`: BENCH_LINES, 1,000,000 document lines over two
 * years, synced through the real agent into the cloud copy with its rollups). Then every report
 * type runs BENCH_RUNS (50) times in this process, as a page or route calls it, over the last 12
 * months with both comparisons: p50 / p95 per report (target p95 < 300 ms). `bench:reports-http`
 * measures the same reports through the built portal's routes and pages.
 */
import { percentile, round } from "./stats.ts";
import { prepareReportsClient, REPORTS_UNTIL, runCleanups } from "./reports-setup.ts";

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

const client = await prepareReportsClient({ lines: LINES, keep: process.env.BENCH_KEEP === "1" });
try {
  const phases = await import("./reports-phases.ts");
  const reports = await phases.timeReports({ companyId: client.companyId, runs: RUNS, until: REPORTS_UNTIL });
  console.log(
    JSON.stringify(
      {
        bench: "reports",
        ...client.figures,
        period: "last 12 months, with the previous period and the same period a year earlier",
        runsPerReport: RUNS,
        reportsMs: Object.fromEntries(
          reports.map((r) => [
            r.name,
            { p50: round(percentile(r.ms, 50)), p95: round(percentile(r.ms, 95)), max: round(Math.max(...r.ms)) },
          ]),
        ),
        target: "p95 < 300",
        worstP95: round(Math.max(...reports.map((r) => percentile(r.ms, 95)))),
      },
      null,
      2,
    ),
  );
} finally {
  await runCleanups(client.cleanups);
}
