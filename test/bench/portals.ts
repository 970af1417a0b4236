/**
 * npm run bench:portals — prints one JSON document.
 *
 * Two portal processes on one database behind a TCP balancer on loopback, as a client that
 * outgrew one machine runs us; the real agent on an ERP sandbox and 1,000 simulated agents
 * (which reconnect as the real one does) spread over both through the balancer. Phase 1: the
 * intake with every new connection sent to one process; phase 2: the same load spread over both.
 * Phase 3: orders and agent commands at fixed rates while one process is killed (SIGKILL) a
 * third of the way in; channels send a failed order again with the same externalId. Then every
 * order sent is checked to be stored once with exactly one ZK in the ERP.
 * Knobs: BENCH_AGENTS, BENCH_INTAKE_CLIENTS, BENCH_INTAKE_SECONDS, BENCH_ORDER_RATE,
 * BENCH_COMMAND_RATE, BENCH_FAILOVER_SECONDS, BENCH_PORTAL_NODE_FLAGS (as in bench:tunnel).
 */
import { benchDatabases, orderSandbox } from "./bench-databases.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { startBalancer } from "./loopback-balancer.ts";
import { cpuSeconds, percentile, round, rssMb } from "./stats.ts";

const AGENTS = Number(process.env.BENCH_AGENTS ?? 1000);
const INTAKE_CLIENTS = Number(process.env.BENCH_INTAKE_CLIENTS ?? 16);
const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 10);
const ORDER_RATE = Number(process.env.BENCH_ORDER_RATE ?? 20);
const COMMAND_RATE = Number(process.env.BENCH_COMMAND_RATE ?? 50);
const FAILOVER_SECONDS = Number(process.env.BENCH_FAILOVER_SECONDS ?? 30);

const databases = await benchDatabases("portals");
const cleanups = databases.cleanups;
try {
  const sandbox = await orderSandbox({ url: databases.sandboxUrl, products: 5000 });
  cleanups.unshift(() => sandbox.destroy());

  const nodeFlags = process.env.BENCH_PORTAL_NODE_FLAGS?.split(" ").filter(Boolean);
  const [first, second] = await Promise.all([
    startPortalProcess({ databaseUrl: databases.portalUrl, nodeFlags }),
    startPortalProcess({ databaseUrl: databases.portalUrl, nodeFlags }),
  ]);
  cleanups.unshift(
    () => first.stop(),
    () => second.stop(),
  );
  const balancer = await startBalancer([first.port, second.port]);
  cleanups.unshift(() => balancer.close());
  const hubUrl = balancer.url.replace("http:", "ws:") + "/agent/v1";

  const { connectShop } = await import("./order-phases.ts");
  const { connectAgents } = await import("./tunnel-phases.ts");
  const phases = await import("./portals-phases.ts");
  const shop = await connectShop({ portalUrl: balancer.url, erpUrl: databases.sandboxUrl, sandbox });
  cleanups.unshift(shop.cleanup);
  const fleet = await connectAgents({ hubUrl, count: AGENTS, reconnect: true });
  cleanups.unshift(fleet.close);
  const spread = balancer.counts().map(({ port, connections }) => ({ port, connections }));
  const memory = async () => ({ first: await rssMb(first.pid), second: await rssMb(second.pid) });
  const rssWithAgents = await memory();

  const shopUrl = { portalUrl: balancer.url, key: shop.key, skus: shop.skus };
  balancer.route([first.port]);
  const cpuBefore = await cpuSeconds(first.pid);
  const one = await phases.intakeThroughBalancer({
    shop: shopUrl,
    prefix: "one",
    clients: INTAKE_CLIENTS,
    seconds: INTAKE_SECONDS,
  });
  const cpuOne = (await cpuSeconds(first.pid)) - cpuBefore;
  balancer.route([first.port, second.port]);
  const cpuBeforeBoth = (await cpuSeconds(first.pid)) + (await cpuSeconds(second.pid));
  const both = await phases.intakeThroughBalancer({
    shop: shopUrl,
    prefix: "two",
    clients: INTAKE_CLIENTS,
    seconds: INTAKE_SECONDS,
  });
  const cpuBoth = (await cpuSeconds(first.pid)) + (await cpuSeconds(second.pid)) - cpuBeforeBoth;

  const failover = await phases.loadWithFailover({
    shop: shopUrl,
    fleet,
    orderRate: ORDER_RATE,
    commandRate: COMMAND_RATE,
    seconds: FAILOVER_SECONDS,
    midway: async () => {
      process.kill(second.pid, "SIGKILL");
      await second.exited;
    },
  });
  // Agents that were on the killed process: how long each took to be welcomed by the other.
  const reconnectMs = fleet.agents
    .map((agent) => agent.sim.reconnectedAfterMs)
    .filter((ms): ms is number => ms !== undefined)
    .sort((a, b) => a - b);
  const stillAway = fleet.agents.filter((agent) => !agent.sim.connected).length;
  const everyOrder = await phases.checkEveryOrderOnce({
    sandbox,
    sent: [...one.sent, ...both.sent, ...failover.sent],
    timeoutMs: 300_000,
  });
  console.log(
    JSON.stringify(
      {
        bench: "portals",
        agents: AGENTS,
        agentsPerProcess: spread,
        portalRssMbWithAgents: rssWithAgents,
        intakeOneProcess: { ...one.figures, portalCpuSeconds: round(cpuOne) },
        intakeTwoProcesses: { ...both.figures, portalCpuSeconds: round(cpuBoth) },
        failover: {
          ...failover.figures,
          killedAfterSeconds: round(FAILOVER_SECONDS / 3),
          agentsReconnected: reconnectMs.length,
          agentsStillAway: stillAway,
          reconnectMs: { p50: round(percentile(reconnectMs, 50)), max: round(reconnectMs.at(-1) ?? Number.NaN) },
        },
        everyOrderOnce: { ...everyOrder, target: "0 never accepted, 0 without ZK, 0 with several ZK" },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
