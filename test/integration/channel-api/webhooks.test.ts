import http from "node:http";
import type { AddressInfo } from "node:net";
import { ZStockChangedEvent, ZStockPage } from "@erp-bridge/shared";
import { afterEach, describe, expect, it } from "vitest";
import { disableChannel } from "../../../apps/portal/src/server/channels/sales-channels/disable-channel.ts";
import { deliverStockWebhooks } from "../../../apps/portal/src/server/channels/webhooks/deliver-stock-webhooks.ts";
import { postSigned } from "../../../apps/portal/src/server/channels/webhooks/post-signed.ts";
import { env } from "../../../apps/portal/src/env.ts";
import { listChannels } from "../../../apps/portal/src/server/channels/sales-channels/list-channels.ts";
import { verifyWebhookSignature } from "../../../apps/portal/src/server/channels/webhooks/verify-webhook-signature.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeCompany, STAFF_ACTOR } from "../../support/factories.ts";
import { freePort } from "../../support/free-port.ts";
import { callRoute, makeChannelWithKey, upsertProduct, upsertStock, routeGet } from "./channel-fixture.ts";

const getStock = await routeGet("stock");

type TDelivery = { path: string; headers: http.IncomingHttpHeaders; body: string };

const servers: http.Server[] = [];

/** A local receiver answering every POST with `status`; it records what arrived. */
async function startReceiver(status = 204) {
  const deliveries: TDelivery[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(status).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, deliveries };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("stock webhooks", () => {
  it("posts the channel's stock items, signed with its secret, to every enabled channel with a URL", async () => {
    const receiver = await startReceiver();
    const company = await makeCompany();
    const store = await makeChannelWithKey({
      companyId: company.id,
      channel: { warehouseIds: [1], safetyBuffer: 1, webhookUrl: `${receiver.url}/store` },
    });
    const pos = await makeChannelWithKey({
      companyId: company.id,
      channel: { kind: "SHOWROOM_POS", warehouseIds: [2], webhookUrl: `${receiver.url}/pos` },
    });
    const disabled = await makeChannelWithKey({
      companyId: company.id,
      channel: { warehouseIds: [1], webhookUrl: `${receiver.url}/disabled` },
    });
    await disableChannel({ actor: STAFF_ACTOR, companyId: company.id, channelId: disabled.channel.id });
    await makeChannelWithKey({ companyId: company.id, channel: { warehouseIds: [1] } });
    await makeChannelWithKey({ channel: { warehouseIds: [1], webhookUrl: `${receiver.url}/other-company` } });
    await upsertProduct({ companyId: company.id, erpId: 5 });
    await upsertStock({ companyId: company.id, productId: 5, warehouseId: 1, onHand: 8, reserved: 2 });
    await upsertStock({ companyId: company.id, productId: 5, warehouseId: 2, onHand: 3 });

    await deliverStockWebhooks({ companyId: company.id, productIds: [5] });

    expect(receiver.deliveries.map((d) => d.path).sort()).toEqual(["/pos", "/store"]);
    const delivery = receiver.deliveries.find((d) => d.path === "/store");
    expect(delivery?.headers["x-erpbridge-event"]).toBe("stock.changed");
    expect(delivery?.headers["content-type"]).toBe("application/json");
    const header = String(delivery?.headers["x-erpbridge-signature"]);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret: store.webhookSecret ?? "", body: delivery?.body ?? "", header })).toBe(
      true,
    );
    expect(verifyWebhookSignature({ secret: pos.webhookSecret ?? "", body: delivery?.body ?? "", header })).toBe(false);

    const event = ZStockChangedEvent.parse(JSON.parse(delivery?.body ?? ""));
    expect(event.channelId).toBe(store.channel.id);
    const api = ZStockPage.parse((await callRoute({ get: getStock, path: "/api/v1/stock", key: store.key })).body);
    expect(event.items).toEqual(api.items);
    expect(event.items.map((i) => i.available)).toEqual([5]);
  });

  it("throws when a receiver answers non-2xx, so the job retries", async () => {
    const failing = await startReceiver(500);
    const working = await startReceiver(200);
    const company = await makeCompany();
    await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `${failing.url}/hook` } });
    await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `${working.url}/hook` } });
    await expect(deliverStockWebhooks({ companyId: company.id, productIds: [1] })).rejects.toThrow(/HTTP 500/);
    expect(failing.deliveries).toHaveLength(1);
    expect(working.deliveries).toHaveLength(1);
  });

  it("throws when a receiver cannot be reached", async () => {
    const company = await makeCompany();
    const port = await freePort();
    await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `http://127.0.0.1:${port}/hook` } });
    await expect(deliverStockWebhooks({ companyId: company.id, productIds: [1] })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("stock webhooks given up on", () => {
  const LAST = { attempt: 8, retryLimit: 8 };
  const shown = async (companyId: string, channelId: string) => {
    const channels = await listChannels({ actor: STAFF_ACTOR, companyId });
    const channel = channels.find((c) => c.id === channelId);
    return { at: channel?.webhookGaveUpAt ?? null, error: channel?.webhookGaveUpError ?? null };
  };

  it("the queue's last attempt marks each failing channel for staff, with why; the next accepted delivery clears it", async () => {
    const failing = await startReceiver(500);
    const working = await startReceiver(204);
    const company = await makeCompany();
    const bad = await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `${failing.url}/hook` } });
    const good = await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `${working.url}/hook` } });
    const job = { companyId: company.id, productIds: [1] };

    // An attempt the queue will retry marks nothing: a retry may still get through.
    await expect(deliverStockWebhooks(job, { attempt: 3, retryLimit: 8 })).rejects.toThrow(/HTTP 500/);
    expect(await shown(company.id, bad.channel.id)).toEqual({ at: null, error: null });

    await expect(deliverStockWebhooks(job, LAST)).rejects.toThrow(/HTTP 500/);
    const marked = await shown(company.id, bad.channel.id);
    expect(marked.at).toBeInstanceOf(Date);
    expect(marked.error).toMatch(/HTTP 500/);
    expect(await shown(company.id, good.channel.id)).toEqual({ at: null, error: null });

    await getDb().salesChannel.update({ where: { id: bad.channel.id }, data: { webhookUrl: `${working.url}/fixed` } });
    await deliverStockWebhooks(job, { attempt: 0, retryLimit: 8 });
    expect(await shown(company.id, bad.channel.id)).toEqual({ at: null, error: null });
  });
});

describe("webhook targets", () => {
  const allowed = env.WEBHOOK_ALLOWED_HOSTS;
  afterEach(() => {
    env.WEBHOOK_ALLOWED_HOSTS = allowed;
  });

  it("refuses loopback, and a name resolving to it, unless the operator listed the host; nothing is sent", async () => {
    const receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    env.WEBHOOK_ALLOWED_HOSTS = [];
    for (const host of ["127.0.0.1", "localhost"]) {
      const company = await makeCompany();
      await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `http://${host}:${port}/hook` } });
      await expect(deliverStockWebhooks({ companyId: company.id, productIds: [1] })).rejects.toThrow(
        `calls to ${host} are refused`,
      );
    }
    expect(receiver.deliveries).toHaveLength(0);

    env.WEBHOOK_ALLOWED_HOSTS = ["localhost"];
    const company = await makeCompany();
    await makeChannelWithKey({ companyId: company.id, channel: { webhookUrl: `http://localhost:${port}/hook` } });
    await deliverStockWebhooks({ companyId: company.id, productIds: [1] });
    expect(receiver.deliveries).toHaveLength(1);
  });

  it("connects to the address it checked, not to what a second lookup would say", async () => {
    const receiver = await startReceiver();
    env.WEBHOOK_ALLOWED_HOSTS = ["hooks.rebind.test"];
    let lookups = 0;
    // The first answer is checked; any later one (a rebinding DNS server) points elsewhere.
    const resolve = (host: string) => {
      lookups += 1;
      expect(host).toBe("hooks.rebind.test");
      return Promise.resolve([{ address: lookups === 1 ? "127.0.0.1" : "10.255.255.1", family: 4 }]);
    };
    await postSigned({
      url: `http://hooks.rebind.test:${new URL(receiver.url).port}/hook`,
      secret: "whsec_test",
      event: "stock.changed",
      body: "{}",
      resolve,
    });
    expect(lookups).toBe(1);
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]?.headers.host).toBe(`hooks.rebind.test:${new URL(receiver.url).port}`);
  });
});
