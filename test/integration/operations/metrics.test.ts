import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR_FIGURES } from "../../../apps/portal/src/server/insight/operations/operator-figures.ts";
import { setFigureReaders } from "../../../apps/portal/src/server/platform/metrics/metrics.ts";
import { isMetricsPath, serveMetrics } from "../../../apps/portal/src/server/platform/metrics/serve-metrics.ts";
import {
  callApi,
  orderOf,
  orderWhen,
  sampleOrder,
  startOrderWorld,
  type TOrderWorld,
} from "../orders/orders-fixture.ts";

const TOKEN = "metrics-token-for-the-test-0123456789";

let world: TOrderWorld;
let server: http.Server;
let baseUrl: string;
let token: string | undefined = TOKEN;

beforeAll(async () => {
  world = await startOrderWorld();
  // What start-portal does: the readers, and /metrics answered by the process's own server.
  setFigureReaders(OPERATOR_FIGURES);
  server = http.createServer((req, res) => {
    if (isMetricsPath(req.url)) return void serveMetrics(req, res, { token });
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await world.close();
});

/** The exposition as `name{labels}` → value. */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const figures = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const cut = line.lastIndexOf(" ");
    figures.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return figures;
}

const figure = (figures: Map<string, number>, name: string) => figures.get(name) ?? 0;

describe("/metrics", () => {
  it("answers only with the bearer token, and not at all without one configured", async () => {
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${baseUrl}/metrics`, { headers: { authorization: "Bearer not-the-token" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain("Bearer");
    const basic = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Basic ${TOKEN}` } });
    expect(basic.status).toBe(401);
    expect((await fetch(`${baseUrl}/metrics?x=1`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    token = undefined;
    try {
      const off = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(off.status).toBe(404);
    } finally {
      token = TOKEN;
    }
  });

  it("moves when an order is accepted and written, and shows the queues, agents and sync lag", async () => {
    const before = await scrape();
    const input = await sampleOrder(world);
    const posted = await callApi({ method: "POST", route: "orders", key: world.key, body: input });
    expect(posted.status).toBe(201);
    const { id } = orderOf(posted.body);
    const accepted = await scrape();
    expect(figure(accepted, "erp_bridge_orders_accepted_total")).toBe(
      figure(before, "erp_bridge_orders_accepted_total") + 1,
    );

    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    const written = await scrape();
    expect(figure(written, "erp_bridge_orders_written_total")).toBe(
      figure(before, "erp_bridge_orders_written_total") + 1,
    );
    expect(figure(written, "erp_bridge_order_to_erp_seconds_count")).toBe(
      figure(before, "erp_bridge_order_to_erp_seconds_count") + 1,
    );
    expect(figure(written, 'erp_bridge_order_to_erp_seconds_bucket{le="+Inf"}')).toBe(
      figure(before, 'erp_bridge_order_to_erp_seconds_bucket{le="+Inf"}') + 1,
    );
    expect(figure(written, "erp_bridge_agents_online")).toBeGreaterThanOrEqual(1);
    for (const status of ["QUEUED", "SENT", "RUNNING"]) {
      expect(written.has(`erp_bridge_command_queue_depth{status="${status}"}`)).toBe(true);
    }
    // The world's integration syncs products (and had a run just now); its lag is a real figure.
    expect(written.has('erp_bridge_sync_lag_seconds{group="PRODUCTS"}')).toBe(true);

    // A repeat of the same external id is not a new order.
    const again = await callApi({ method: "POST", route: "orders", key: world.key, body: input });
    expect(again.status).toBe(200);
    expect(figure(await scrape(), "erp_bridge_orders_accepted_total")).toBe(
      figure(before, "erp_bridge_orders_accepted_total") + 1,
    );
  }, 60_000);

  it("counts an order the ERP refused in the error queue", async () => {
    const before = figure(await scrape(), "erp_bridge_error_queue_orders");
    const posted = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      body: await sampleOrder(world, { deliveryMethod: "drone" }),
    });
    await orderWhen(world, orderOf(posted.body).id, (o) => o.erp.state === "failed");
    expect(figure(await scrape(), "erp_bridge_error_queue_orders")).toBe(before + 1);
  }, 60_000);
});
