import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import { startPortalWorker } from "../../support/portal-worker.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";
import { configureIntegration, finishedRun } from "./sync-fixture.ts";

// Enough prices for two erp.read chunks (300k rows, pages of 5000, 50 pages a chunk).
const SANDBOX = { ...SMALL_SANDBOX, products: 30_000, customers: 50, documentLines: 300 };
const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;
const ONLY_PRICES = {
  dataGroups: { ...DEFAULT_SETTINGS.dataGroups, products: OFF, stock: OFF, customers: OFF, documents: OFF },
};

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ size: SANDBOX });
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await sandbox.drop();
});

describe("sync across portal processes", () => {
  it("a portal killed mid-sync: the restarted one resumes from the stored cursor, applying no page twice", async () => {
    const first = await startPortalWorker();
    cleanups.push(() => first.worker.stop("SIGKILL"));
    const agent = await enrolledAgent({ portalUrl: first.url, erpUrl: sandbox.url });
    cleanups.push(() => agent.cleanup());
    await agent.run().waitFor((log) => log.msg === "connected");
    const started = new Date();
    await configureIntegration({ companyId: agent.companyId, agentId: agent.agentId, settings: ONLY_PRICES });

    const midway = await eventually(
      async () => {
        const run = await getDb().syncRun.findFirst({ where: { companyId: agent.companyId, group: "PRICES" } });
        if (run && run.done > 0 && run.total !== null && run.done < run.total / 2) return run;
        // Thrown, not returned: a timeout then says where the run was.
        throw new Error(run ? `run ${run.status} ${run.done}/${run.total} ${run.errorMessage ?? ""}` : "no run yet");
      },
      { what: "the price sync under way", intervalMs: 20, timeoutMs: 90_000 },
    );
    await first.worker.stop("SIGKILL");
    const second = await startPortalWorker({ port: first.port });
    cleanups.push(() => second.worker.stop("SIGKILL"));

    const run = await finishedRun({ companyId: agent.companyId, group: "PRICES", since: started, timeoutMs: 90_000 });
    expect(run.id).toBe(midway.id);
    const copied = await getDb().erpPrice.count({ where: { companyId: agent.companyId } });
    // `done` counts the rows of every page applied: equal to the copy means none was applied twice.
    expect({ status: run.status, done: run.done, error: run.errorMessage }).toEqual({
      status: "SUCCEEDED",
      done: copied,
      error: null,
    });
    expect(copied).toBeGreaterThan(250_000);
    // The run was picked up again by the second process, not started over as a new one.
    await second.worker.waitFor((log) => log.msg === "sync run claimed" && log.runId === run.id);
    expect(await getDb().syncRun.count({ where: { companyId: agent.companyId, group: "PRICES" } })).toBe(1);
    // Gone before the next test, whose count of claims must see every process that works.
    await second.worker.stop("SIGKILL");
  }, 180_000);

  it("two portal processes share the runs: each run is claimed by exactly one", async () => {
    const [a, b] = await Promise.all([startPortalWorker(), startPortalWorker()]);
    cleanups.push(
      () => a.worker.stop("SIGKILL"),
      () => b.worker.stop("SIGKILL"),
    );
    const agent = await enrolledAgent({ portalUrl: a.url, erpUrl: sandbox.url });
    cleanups.push(() => agent.cleanup());
    await agent.run().waitFor((log) => log.msg === "connected");
    const fast = { enabled: true, direction: "erp_to_portal", intervalSeconds: 5 } as const;
    await configureIntegration({
      companyId: agent.companyId,
      agentId: agent.agentId,
      settings: {
        dataGroups: { products: fast, prices: fast, stock: fast, customers: fast, documents: fast, promotions: fast },
      },
    });
    // Several rounds of six groups, scheduled by both processes' tickers at once.
    await eventually(
      async () => {
        const done = await getDb().syncRun.count({ where: { companyId: agent.companyId, status: "SUCCEEDED" } });
        return done >= 18 ? done : undefined;
      },
      { what: "three rounds of runs", timeoutMs: 90_000, intervalMs: 250 },
    );
    const finished = await getDb().syncRun.findMany({ where: { companyId: agent.companyId, status: "SUCCEEDED" } });
    const claimsOf = () => {
      const counts = new Map<unknown, number>();
      for (const log of [...a.worker.logs, ...b.worker.logs]) {
        if (log.msg === "sync run claimed") counts.set(log.runId, (counts.get(log.runId) ?? 0) + 1);
      }
      return finished.map((run) => counts.get(run.id) ?? 0);
    };
    // A finished run's claim line is in its process's output, maybe not yet read here.
    await eventually(async () => (claimsOf().every((n) => n > 0) ? true : undefined), { what: "claim lines" });
    expect(claimsOf()).toEqual(finished.map(() => 1));
    const claims = [...a.worker.logs, ...b.worker.logs].filter((log) => log.msg === "sync run claimed");
    // Both processes did some of the work.
    const byPid = new Set(claims.map((claim) => claim.pid));
    expect(byPid.size).toBe(2);
  }, 150_000);
});
