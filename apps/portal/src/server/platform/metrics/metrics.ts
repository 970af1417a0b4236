import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** The figures read from the database at each scrape; boot/ supplies them (they span domains). */
export type TFigureReaders = {
  /** Orders waiting for staff in the error queue: the ERP refused a step, or the credit rule held them. */
  errorQueue: () => Promise<number>;
  agentsOnline: () => Promise<number>;
  /** Agent commands not finished yet, by status (QUEUED, SENT, RUNNING). */
  commandQueue: () => Promise<{ status: string; count: number }[]>;
  /** Per data group, the longest time any enabled integration has gone without a successful sync. */
  syncLagSeconds: () => Promise<{ group: string; seconds: number }[]>;
};

/** Order-to-ERP latency buckets, seconds: a healthy ZK takes seconds; an agent offline, hours. */
const LATENCY_BUCKETS = [1, 2, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600];

function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  let readers: TFigureReaders | null = null;
  collectDefaultMetrics({ register: registry, prefix: "erp_bridge_portal_" });
  const ordersAccepted = new Counter({
    name: "erp_bridge_orders_accepted_total",
    help: "Orders accepted from the sales channels (new ones, not repeats of a known external id).",
    registers,
  });
  const ordersWritten = new Counter({
    name: "erp_bridge_orders_written_total",
    help: "Orders written into the ERP (their ZK created).",
    registers,
  });
  const orderToErp = new Histogram({
    name: "erp_bridge_order_to_erp_seconds",
    help: "From an order's acceptance to its ZK in the ERP.",
    buckets: LATENCY_BUCKETS,
    registers,
  });
  new Gauge({
    name: "erp_bridge_error_queue_orders",
    help: "Orders waiting for staff in the error queue: refused by the ERP or held by the credit rule.",
    registers,
    async collect() {
      if (readers) this.set(await readers.errorQueue());
    },
  });
  new Gauge({
    name: "erp_bridge_agents_online",
    help: "Agents connected and heard from lately.",
    registers,
    async collect() {
      if (readers) this.set(await readers.agentsOnline());
    },
  });
  new Gauge({
    name: "erp_bridge_command_queue_depth",
    help: "Agent commands not finished yet, by status.",
    labelNames: ["status"],
    registers,
    async collect() {
      if (!readers) return;
      this.reset();
      for (const { status, count } of await readers.commandQueue()) this.set({ status }, count);
    },
  });
  new Gauge({
    name: "erp_bridge_sync_lag_seconds",
    help: "Per data group, the longest any enabled integration has gone without a successful sync.",
    labelNames: ["group"],
    registers,
    async collect() {
      if (!readers) return;
      this.reset();
      for (const { group, seconds } of await readers.syncLagSeconds()) this.set({ group }, seconds);
    },
  });
  return {
    registry,
    ordersAccepted,
    ordersWritten,
    orderToErp,
    setReaders: (next: TFigureReaders) => (readers = next),
  };
}

// The custom server and Next's bundled route handlers load this module separately: the figures
// live on globalThis so both count into the one registry that /metrics serves.
const holder = globalThis as typeof globalThis & { __erpBridgeMetrics?: ReturnType<typeof createMetrics> };
const metrics = () => (holder.__erpBridgeMetrics ??= createMetrics());

/** An order from a channel was stored (call after its transaction committed). */
export function recordOrderAccepted(): void {
  metrics().ordersAccepted.inc();
}

/** An order's ZK is in the ERP (call after the transaction that recorded it committed). */
export function recordOrderWritten(options: { acceptedAt: Date; now?: Date }): void {
  const { ordersWritten, orderToErp } = metrics();
  ordersWritten.inc();
  const seconds = ((options.now ?? new Date()).getTime() - options.acceptedAt.getTime()) / 1000;
  orderToErp.observe(Math.max(0, seconds));
}

export function setFigureReaders(readers: TFigureReaders): void {
  metrics().setReaders(readers);
}

/** The Prometheus text exposition of every figure. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
