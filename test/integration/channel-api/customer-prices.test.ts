import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ZCustomerPriceChangesPage,
  ZCustomerPricesPage,
  type TChannelCustomerPrice,
  type TCustomerPriceChangesPage,
} from "@erp-bridge/shared";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { eventually } from "../../support/eventually.ts";
import { callApi, erpDocumentsOf, orderOf, orderWhen, sampleOrder, startOrderWorld } from "../orders/orders-fixture.ts";
import { errorOf, makeChannelWithKey } from "./channel-fixture.ts";

type TWorld = Awaited<ReturnType<typeof startOrderWorld>>;

const DAY_MS = 86_400_000;
/** sl_Rabat of the sandbox: 10% (DISCOUNTS = [0, 3, 5, 10, 15]). */
const TEN_PERCENT = 4;
const PROMOTION_ID = 900;

let world: TWorld;
let customer: { id: number; nip: string };
let skus: [string, string];
let list: [number, number];

const prices = (key: string, id: number, query: string) =>
  callApi({ method: "GET", route: "customers/[id]/prices", key, params: { id: String(id) }, query });
const changes = (key: string, query = "") => callApi({ method: "GET", route: "customer-price-changes", key, query });

/** Every page of the feed after `since` (from the start without it): the items and the token to go on from. */
async function allChanges(key: string, since?: string) {
  const items: TCustomerPriceChangesPage["items"] = [];
  let token = since;
  for (;;) {
    const query = `?limit=1000${token === undefined ? "" : `&updatedSince=${token}`}`;
    const page = ZCustomerPriceChangesPage.parse((await changes(key, query)).body);
    items.push(...page.items);
    token = page.nextUpdatedSince;
    if (!page.hasMore) return { items, next: token };
  }
}
const priceOf = (items: TChannelCustomerPrice[], sku: string) => items.find((item) => item.sku === sku);
const grosz = (amount: number) => Math.round(amount * 100) / 100;

beforeAll(async () => {
  world = await startOrderWorld({ customerPrices: true });
  const order = await sampleOrder(world);
  skus = order.lines.map((line) => line.product.sku) as [string, string];
  // A customer with a NIP, at price level 3 with a 10% discount; a promotion of 20% on the second product for them.
  const [row] = await world.sandbox.db
    .selectFrom("kh__Kontrahent")
    .innerJoin("adr__Ewid", (join) => join.onRef("adr_IdObiektu", "=", "kh_Id").on("adr_TypAdresu", "=", 1))
    .select(["kh_Id", "adr_NIP"])
    .where("adr_NIP", "<>", "")
    .orderBy("kh_Id")
    .limit(1)
    .execute();
  if (!row) throw new Error("a sandbox customer with a NIP");
  customer = { id: row.kh_Id, nip: row.adr_NIP.replace(/[- ]/g, "") };
  await world.sandbox.db
    .updateTable("kh__Kontrahent")
    .set({ kh_Cena: 3, kh_IdRabat: TEN_PERCENT })
    .where("kh_Id", "=", customer.id)
    .execute();
  const products = await world.sandbox.db
    .selectFrom("tw__Towar")
    .innerJoin("tw_Cena", "tc_IdTowar", "tw_Id")
    .select(["tw_Id", "tw_Symbol", "tc_CenaBrutto3"])
    .where("tw_Symbol", "in", skus)
    .orderBy("tw_Id")
    .execute();
  list = [products[0]?.tc_CenaBrutto3 ?? 0, products[1]?.tc_CenaBrutto3 ?? 0];
  const now = Date.now();
  await world.sandbox.db
    .insertInto("dok_Promocja")
    .values({
      pc_Id: PROMOTION_ID,
      pc_Nazwa: "Test klienta",
      pc_TwGrId: null,
      pc_KhGrId: null,
      pc_CenyPoziom: null,
      pc_Rabat: 20,
      pc_CenaNetto: null,
      pc_CenaBrutto: null,
      pc_RodzProm: 1,
      pc_Od: new Date(now - DAY_MS),
      pc_Do: new Date(now + DAY_MS),
      pc_OgraniczonaCzasowo: true,
      pc_Nieaktywna: false,
      pc_WyborTw: true,
      pc_WyborKh: true,
      pc_RodzajPowtorzen: 0,
      ...{ pc_POS: false, pc_Interwal: 0, pc_CalyDzien: false, pc_Robocze: false, pc_DniTygodnia: 0 },
      ...{ pc_DzienMiesiaca: 0, pc_DzienPorzadek: 0, pc_DzienRodzaj: 0, pc_Miesiac: 0, pc_IlePowtorzen: 0 },
      ...{ pc_MultiStore: false },
    })
    .execute();
  await world.sandbox.db
    .insertInto("dok_PromocjaTowar")
    .values({ pct_Id: 9000, pct_IdPromocja: PROMOTION_ID, pct_IdTowaru: products[1]?.tw_Id ?? 0 })
    .execute();
  await world.sandbox.db
    .insertInto("dok_PromocjaKontrahent")
    .values({ pck_Id: 9000, pck_IdPromocja: PROMOTION_ID, pck_IdKontrahent: customer.id })
    .execute();
}, 180_000);

afterAll(async () => {
  await world.close();
});

describe("customer prices through the real agent's sync", () => {
  it("the customer's level less their discount, or a promotion for them when it is lower, never both", async () => {
    const page = await eventually(
      async () => {
        const answer = await prices(world.key, customer.id, `?products=${skus.join(",")}`);
        const body = ZCustomerPricesPage.parse(answer.body);
        // The customer and the promotion are separate data groups: each may reach the copy in a sync of its own.
        const levelSynced = priceOf(body.items, skus[0])?.priceLevel === 3;
        return levelSynced && priceOf(body.items, skus[1])?.promotion?.id === PROMOTION_ID ? body : undefined;
      },
      { what: "the promotion and the customer's level in the copy", timeoutMs: 60_000 },
    );
    expect(priceOf(page.items, skus[0])).toMatchObject({
      priceLevel: 3,
      listGross: list[0],
      gross: grosz(list[0] * 0.9),
      discountPercent: 10,
      promotion: null,
    });
    expect(priceOf(page.items, skus[1])).toMatchObject({
      priceLevel: 3,
      gross: grosz(list[1] * 0.8),
      discountPercent: 0,
      promotion: { id: PROMOTION_ID, name: "Test klienta" },
    });
    expect(page.missing).toEqual([]);
  });

  it("another company's key, and an unknown customer, get 404; over 100 products is a 400 naming products", async () => {
    const stranger = await makeChannelWithKey();
    expect((await prices(stranger.key, customer.id, `?products=${skus[0]}`)).status).toBe(404);
    expect((await prices(world.key, 999_999, `?products=${skus[0]}`)).status).toBe(404);
    const many = Array.from({ length: 101 }, (_, i) => `SKU-${i}`).join(",");
    const refused = await prices(world.key, customer.id, `?products=${many}`);
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)).toEqual({ code: "INVALID_INPUT", fields: ["products"] });
    const strangerFeed = ZCustomerPriceChangesPage.parse((await changes(stranger.key)).body);
    expect(strangerFeed.items).toEqual([]);
  });

  it("the change feed names the promotion and the customer, and a promotion switched off in the ERP", async () => {
    const feed = await allChanges(world.key);
    expect(feed.items).toContainEqual(expect.objectContaining({ type: "customer", customerId: customer.id }));
    expect(feed.items).toContainEqual(
      expect.objectContaining({
        type: "promotion",
        promotionId: PROMOTION_ID,
        active: true,
        customerIds: [customer.id],
      }),
    );
    await world.sandbox.db
      .updateTable("dok_Promocja")
      .set({ pc_Nieaktywna: true })
      .where("pc_Id", "=", PROMOTION_ID)
      .execute();
    const later = await eventually(
      async () => {
        const body = await allChanges(world.key, feed.next);
        return body.items.some((item) => item.type === "promotion" && !item.active) ? body : undefined;
      },
      { what: "the promotion switched off in the feed", timeoutMs: 60_000 },
    );
    expect(later.items).toContainEqual(
      expect.objectContaining({ type: "promotion", promotionId: PROMOTION_ID, active: false }),
    );
    const page = ZCustomerPricesPage.parse((await prices(world.key, customer.id, `?products=${skus[1]}`)).body);
    expect(priceOf(page.items, skus[1])).toMatchObject({ gross: grosz(list[1] * 0.9), promotion: null });
  });

  it("a B2B order without prices takes the customer's price at intake and reaches the ERP with it", async () => {
    const b2b = await makeChannelWithKey({ companyId: world.agent.companyId, channel: { kind: "B2B" } });
    const base = await sampleOrder(world);
    const body = {
      ...base,
      totalGross: undefined,
      document: "invoice",
      buyer: { ...base.buyer, nip: customer.nip, companyName: "Klient B2B sp. z o.o." },
      lines: [{ product: { sku: skus[0] }, quantity: 2 }],
    };
    const refused = await callApi({ method: "POST", route: "orders", key: world.key, body });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)).toEqual({ code: "INVALID_INPUT", fields: ["lines.0.unitGross", "totalGross"] });

    const accepted = await callApi({ method: "POST", route: "orders", key: b2b.key, body });
    expect(accepted.status).toBe(201);
    const order = orderOf(accepted.body);
    const unitGross = grosz(list[0] * 0.9);
    expect(order.lines[0]?.unitGross).toBe(unitGross);
    expect(order.totalGross).toBe(grosz(unitGross * 2));
    const line = await getDb().orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    expect(line.pricedBy).toMatchObject({
      customerId: customer.id,
      priceLevel: 3,
      discountPercent: 10,
      promotionId: null,
    });

    const written = await orderWhen({ ...world, key: b2b.key }, order.id, (o) => o.erp.orderNumber !== null, 30_000);
    expect(written.erp.customerId).toBe(customer.id);
    const [zk] = await erpDocumentsOf(world, order.id);
    const erpLines = await world.sandbox.db
      .selectFrom("dok_Pozycja")
      .select(["ob_CenaBrutto", sql<number>`"ob_Ilosc"`.as("quantity")])
      .where("ob_DokHanId", "=", zk?.dok_Id ?? 0)
      .execute();
    expect(erpLines).toEqual([{ ob_CenaBrutto: unitGross, quantity: 2 }]);
  });
});
