import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { orderKey } from "../../../apps/portal/src/server/orders/order-keys.ts";
import { readSettings } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { configureIntegration, finishedRun } from "../sync/sync-fixture.ts";
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
const PA = 21;

let world: TOrderWorld;
beforeAll(async () => {
  world = await startOrderWorld({ saleDocuments: "erp" });
}, 120_000);
afterAll(async () => {
  await world.close();
});

async function paidOrder() {
  const posted = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
  const { id } = orderOf(posted.body);
  await orderWhen(world, id, (o) => o.erp.orderNumber !== null);
  const paid = await callApi({
    method: "POST",
    route: "orders/[id]/payments",
    key: world.key,
    params: { id },
    body: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: `P-${id}` },
  });
  expect(paid.status).toBe(201);
  return id;
}

/** The documents sync, now rather than at its interval. */
async function syncDocuments() {
  const since = new Date();
  await getDb().syncState.updateMany({
    where: { companyId: world.agent.companyId, group: "DOCUMENTS" },
    data: { nextRunAt: new Date(0) },
  });
  await finishedRun({ companyId: world.agent.companyId, group: "DOCUMENTS", since });
}

describe("sale documents left to Subiekt's operator (saleDocuments: erp)", () => {
  it("a paid order waits for its sale document; the operator's PA is linked by the documents sync and completes it", async () => {
    const id = await paidOrder();
    const waiting = await orderWhen(world, id, (o) => o.erp.state === "awaiting_erp");
    expect(waiting.erp.saleDocument).toBeNull();
    expect(waiting.timeline.filter((e) => e.type === "erp_awaiting").map((e) => [e.code, e.params])).toEqual([
      ["awaitingErp", { step: "sale" }],
    ]);
    // Our writer wrote the ZK and nothing else.
    expect((await erpDocumentsOf(world, id)).map((d) => d.dok_Typ)).toEqual([ZK]);

    // The operator issues the receipt from the order in Subiekt, under a number of their own.
    const operator = createDocumentWrites({ db: world.sandbox.db, dialect: "postgres" });
    const receipt = await operator.createSaleFromOrder({
      externalKey: `KASA-${id.slice(-8)}`,
      kind: "PA",
      order: { externalKey: orderKey(id, "order") },
    });
    await syncDocuments();
    // The sync links the receipt; the order engine then finds nothing more to do (within its one-second sweep).
    const sold = await orderWhen(
      world,
      id,
      (o) => o.erp.saleDocument !== null && o.status === "completed" && o.erp.state !== "pending",
    );
    expect(sold.erp.saleDocument).toEqual({ type: "PA", number: receipt.document.number });
    expect(sold.erp.state).toBe("idle");
    expect(sold.timeline.filter((e) => e.type === "erp_sale").map((e) => e.actor)).toEqual(["erp"]);

    // A return waits for the operator's correction the same way, and the sync links the KFS.
    const sku = sold.lines[0]?.sku ?? "";
    const returned = await callApi({
      method: "POST",
      route: "orders/[id]/returns",
      key: world.key,
      params: { id },
      body: { reason: "Za mały", lines: [{ sku, quantity: 1 }] },
    });
    expect(returned.status).toBe(201);
    await orderWhen(world, id, (o) => o.erp.state === "awaiting_erp");
    const correction = await operator.createReturn({
      externalKey: `KOR-${id.slice(-8)}`,
      sale: { externalKey: `KASA-${id.slice(-8)}` },
      lines: [{ product: { sku }, quantity: 1 }],
    });
    await syncDocuments();
    const refunded = await orderWhen(
      world,
      id,
      (o) => o.returns[0]?.erpDocumentNumber !== null && o.erp.state !== "pending",
    );
    expect(refunded.returns[0]).toMatchObject({ status: "refunded", erpDocumentNumber: correction.document.number });
    expect(refunded.erp.state).toBe("idle");
  }, 90_000);

  it("switched to our writer, the waiting order gets its sale document from the writer", async () => {
    const id = await paidOrder();
    await orderWhen(world, id, (o) => o.erp.state === "awaiting_erp");
    const current = await getDb().integration.findFirstOrThrow({ where: { companyId: world.agent.companyId } });
    await configureIntegration({
      companyId: world.agent.companyId,
      agentId: world.agent.agentId,
      settings: { ...readSettings(current.settings), saleDocuments: "writer", sqlSalesChosen: true },
    });
    const sold = await orderWhen(world, id, (o) => o.erp.saleDocument !== null);
    // The staff's explicit choice of the SQL writer travels with the command (a real SQL Server asks for it).
    const commands = await getDb().agentCommand.findMany({
      where: { agentId: world.agent.agentId, name: "erp.order.sale" },
    });
    expect(commands.map((c) => c.input)).toContainEqual(
      expect.objectContaining({ key: orderKey(id, "sale"), writer: "sql", sqlSalesChosen: true }),
    );
    expect(sold.erp.saleDocument?.type).toBe("PA");
    expect((await erpDocumentsOf(world, id)).map((d) => d.dok_Typ).sort((a, b) => a - b)).toEqual([ZK, PA]);
    expect(sold.timeline.filter((e) => e.type === "erp_sale").map((e) => e.actor)).toEqual(["erp"]);
  }, 60_000);
});
