import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ZOrderUpdatedEvent } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { orderKey } from "../../../apps/portal/src/server/orders/order-keys.ts";
import { verifyWebhookSignature } from "../../../apps/portal/src/server/channels/webhooks/verify-webhook-signature.ts";
import { makeChannelWithKey } from "../channel-api/channel-fixture.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import {
  callApi,
  erpDocumentsOf,
  orderOf,
  orderWhen,
  sampleOrder,
  startOrderWorld,
  type TOrderWorld,
} from "./orders-fixture.ts";

const ZK = 16;
const FS = 2;
const PA = 21;
const MM = 9;
const KFS = 6;

let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld();
}, 120_000);
afterAll(async () => {
  await world.close();
});

describe("orders: from the channel to the ERP", () => {
  it("an invoice order becomes a ZK at once, then an FS after payment, with the whole timeline", async () => {
    const input = await sampleOrder(world, {
      document: "invoice",
      buyer: {
        name: "Anna Nowak",
        email: "biuro@narzedzia-nowak.pl",
        address: { street: "Polna 1", postalCode: "30-001", city: "Kraków" },
        companyName: "Narzędzia Nowak sp. z o.o.",
        nip: "526-000-12-46",
      },
    });
    const posted = await callApi({ method: "POST", route: "orders", key: world.key, body: input });
    expect(posted.status).toBe(201);
    const { id } = orderOf(posted.body);
    const accepted = await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    expect(accepted.status).toBe("accepted");
    const zk = (await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === ZK);
    expect(zk.map((d) => [d.dok_NrPelny, d.dok_NrPelnyOryg])).toEqual([
      [accepted.erp.orderNumber, storedKey(orderKey(id, "order"))],
    ]);

    const paid = await callApi({
      method: "POST",
      route: "orders/[id]/payments",
      key: world.key,
      params: { id },
      body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: "PAYU-1" },
    });
    expect(paid.status).toBe(201);
    const sold = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    expect(sold.erp.saleDocument?.type).toBe("FS");
    expect(sold.paidAmount).toBe(124.59);
    const documents = await erpDocumentsOf(world, id);
    expect(documents.map((d) => d.dok_Typ).sort((a, b) => a - b)).toEqual([FS, ZK]);
    expect(sold.timeline.map((e) => e.type)).toEqual(["received", "erp_create", "paid", "erp_sale"]);

    const again = await callApi({
      method: "POST",
      route: "orders/[id]/payments",
      key: world.key,
      params: { id },
      body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: "PAYU-1" },
    });
    expect(again.status).toBe(200);
    expect(orderOf(again.body).paidAmount).toBe(124.59);
  }, 60_000);

  it("a receipt order gets a PA; the same external id again is the same order, even sent ten times at once", async () => {
    const input = await sampleOrder(world);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => callApi({ method: "POST", route: "orders", key: world.key, body: input })),
    );
    const ids = new Set(answers.map((a) => orderOf(a.body).id));
    expect(ids.size).toBe(1);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const [id] = [...ids];
    if (!id) throw new Error("an id");
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    await callApi({
      method: "POST",
      route: "orders/[id]/payments",
      key: world.key,
      params: { id },
      body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: "P-2" },
    });
    const sold = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    expect(sold.erp.saleDocument?.type).toBe("PA");
    const documents = await erpDocumentsOf(world, id);
    expect(documents.map((d) => d.dok_Typ).sort((a, b) => a - b)).toEqual([ZK, PA]);
    expect(await getDb().order.count({ where: { channelId: world.channel.id, externalId: input.externalId } })).toBe(1);
  }, 60_000);

  it("click-and-collect: the ZK reserves in the store; 'sent to showroom' writes the MM that moves the goods", async () => {
    const posted = await callApi({
      method: "POST",
      route: "orders",
      key: world.key,
      body: await sampleOrder(world, { deliveryMethod: "pickup" }),
    });
    const { id } = orderOf(posted.body);
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    const [zk] = await erpDocumentsOf(world, id);
    expect(zk?.dok_MagId).toBe(world.warehouses.store.mag_Id);
    const moved = await callApi({
      method: "POST",
      route: "orders/[id]/status",
      key: world.key,
      params: { id },
      body: { status: "sent_to_showroom" },
    });
    expect(moved.status).toBe(200);
    const transferred = await orderWhen(world, id, (o) => o.erp.transferNumber !== null);
    expect(transferred.status).toBe("sent_to_showroom");
    const mm = (await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === MM);
    expect(mm).toHaveLength(1);
    const wrong = await callApi({
      method: "POST",
      route: "orders/[id]/status",
      key: world.key,
      params: { id },
      body: { status: "shipped" },
    });
    expect(wrong.status).toBe(409);

    // The buyer collects: the showroom issues the receipt from the order in the ERP itself.
    const showroom = createDocumentWrites({ db: world.sandbox.db, dialect: "postgres" });
    await showroom.createSaleFromOrder({
      externalKey: "SALON-PA-1",
      kind: "PA",
      order: { externalKey: orderKey(id, "order") },
    });
    const since = new Date();
    await getDb().syncState.updateMany({
      where: { companyId: world.agent.companyId, group: "DOCUMENTS" },
      data: { nextRunAt: new Date(0) },
    });
    await finishedRun({ companyId: world.agent.companyId, group: "DOCUMENTS", since });
    const collected = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    expect(collected.status).toBe("completed");
    expect(collected.erp.saleDocument?.type).toBe("PA");
  }, 60_000);

  it("a return after the sale becomes a KFS against it", async () => {
    const posted = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
    const { id } = orderOf(posted.body);
    await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
    await callApi({
      method: "POST",
      route: "orders/[id]/payments",
      key: world.key,
      params: { id },
      body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: "P-3" },
    });
    const sold = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    const sku = sold.lines[0]?.sku ?? "";
    const returned = await callApi({
      method: "POST",
      route: "orders/[id]/returns",
      key: world.key,
      params: { id },
      body: { reason: "Za mały", lines: [{ sku, quantity: 1 }] },
    });
    expect(returned.status).toBe(201);
    const corrected = await orderWhen(world, id, (o) => o.returns.some((r) => r.erpDocumentNumber !== null));
    expect(corrected.returns[0]?.status).toBe("refunded");
    expect((await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === KFS)).toHaveLength(1);

    const complaint = await callApi({
      method: "POST",
      route: "orders/[id]/complaints",
      key: world.key,
      params: { id },
      body: { description: "Rysa na obudowie", lines: [{ sku, quantity: 1 }] },
    });
    expect(orderOf(complaint.body).returns.map((r) => [r.kind, r.status])).toContainEqual(["COMPLAINT", "open"]);
  }, 60_000);
});

describe("orders: the channel hears about changes", () => {
  it("a channel with a webhook URL gets each change of its order, signed", async () => {
    const deliveries: { signature: string; body: string }[] = [];
    const receiver = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        deliveries.push({
          signature: String(request.headers["x-erpbridge-signature"]),
          body: Buffer.concat(chunks).toString(),
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      const hooked = await makeChannelWithKey({
        companyId: world.agent.companyId,
        channel: { webhookUrl: `http://127.0.0.1:${port}/orders` },
      });
      const posted = await callApi({
        method: "POST",
        route: "orders",
        key: hooked.key,
        body: await sampleOrder(world),
      });
      const { id } = orderOf(posted.body);
      const event = await eventually(
        async () =>
          deliveries
            .map((d) => ({ ...d, event: ZOrderUpdatedEvent.parse(JSON.parse(d.body)) }))
            .find((d) => d.event.order.id === id && d.event.order.erp.orderNumber !== null),
        { what: "the webhook with the ZK number" },
      );
      expect(event.event.order.status).toBe("accepted");
      expect(
        verifyWebhookSignature({ secret: hooked.webhookSecret ?? "", body: event.body, header: event.signature }),
      ).toBe(true);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 60_000);
});
