import pg from "pg";
import { cpuSeconds, round } from "./stats.ts";

/**
 * The CPU of PostgreSQL's backends serving one database (its other clients' connections: the
 * portal's pool) over a stretch of a bench, from /proc as for the portal (the server runs on this
 * machine). A change that moves work from the portal into a statement shows here. Backends that
 * start meanwhile count from zero; PostgreSQL's shared processes (WAL writer, checkpointer) are not
 * counted.
 */
export async function watchPostgres(options: { databaseUrl: string }) {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const backendCpu = async () => {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    const entries = await Promise.all(
      rows.map(async ({ pid }) => [pid, await cpuSeconds(pid).catch(() => Number.NaN)] as const),
    );
    return new Map(entries.filter(([, cpu]) => !Number.isNaN(cpu)));
  };
  const started = performance.now();
  const before = await backendCpu();
  return {
    async stop() {
      const after = await backendCpu();
      await client.end();
      let cpu = 0;
      for (const [pid, seconds] of after) cpu += seconds - (before.get(pid) ?? 0);
      const elapsed = (performance.now() - started) / 1000;
      return { cpuSeconds: round(cpu), cpuPercent: round((100 * cpu) / elapsed), backends: after.size };
    },
  };
}
