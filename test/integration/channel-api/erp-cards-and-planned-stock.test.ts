import http from "node:http";
import type { AddressInfo } from "node:net";
import { ZProductsPage, ZStockChangedEvent, ZStockPage, type TChannelStockItem } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { DOK_TYP } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { eventually } from "../../support/eventually.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { callRoute, makeChannelWithKey, routeGet } from "./channel-fixture.ts";

// Issue 20 (4, 5): what the real agent reads from the sandbox Subiekt reaches the channel API and
// its stock webhooks: planned availability from open supplier orders (ZD), and product cards.

let receiver: http.Server;
const deliveries: string[] = [];
let key: string;

/** The open ZD line the stock tests follow, its product and warehouse. */
let zd: { documentId: number; lineId: number; productId: number; warehouseId: number; date: string; open: number };
/** The product whose card the product tests follow. */
const CARD_PRODUCT = 7;

const [getStock, getProducts] = [await routeGet("stock"), await routeGet("products")];

async function stockItem(productId: number): Promise<TChannelStockItem | undefined> {
  let after = "";
  let found: TChannelStockItem | undefined;
  for (;;) {
    const answer = await callRoute({ get: getStock, path: `/api/v1/stock?limit=1000${after}`, key });
    const page = ZStockPage.parse(answer.body);
    found = page.items.find((item) => item.productId === productId) ?? found;
    if (!page.hasMore) return found;
    after = `&updatedSince=${page.nextUpdatedSince}`;
  }
}

/** Waits for a stock.changed delivery whose item for the followed product matches. */
function webhookFor(match: (item: TChannelStockItem) => boolean) {
  return eventually(
    async () =>
      deliveries
        .map((body) => ZStockChangedEvent.parse(JSON.parse(body)))
        .flatMap((event) => event.items)
        .find((item) => item.productId === zd.productId && match(item)),
    { what: "a stock.changed webhook for the ZD's product", timeoutMs: 45_000 },
  );
}

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push(Buffer.concat(chunks).toString());
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

/** A ZD line to follow and a product card, as operators leave them in the ERP before the first sync. */
async function arrangeErp() {
  // An open supplier order the generator wrote; other open ZD lines of its product go, so the
  // product's planned availability is exactly this line's.
  const line = await world.sandbox.db
    .selectFrom("dok_Pozycja")
    .innerJoin("dok__Dokument", "dok_Id", "ob_DokHanId")
    .select(["dok_Id", "ob_Id", "ob_TowId", "ob_MagId", "ob_Ilosc", "ob_IloscMag", "ob_Termin"])
    .where("dok_Typ", "=", DOK_TYP.ZD)
    .where("dok_Status", "=", 5)
    .whereRef("ob_Ilosc", ">", "ob_IloscMag")
    .orderBy("ob_Id")
    .executeTakeFirstOrThrow();
  const productId = Number(line.ob_TowId);
  await world.sandbox.db
    .deleteFrom("dok_Pozycja")
    .where("ob_TowId", "=", productId)
    .where("ob_Id", "<>", line.ob_Id)
    .where("ob_DokHanId", "in", world.sandbox.db.selectFrom("dok__Dokument").select("dok_Id").where("dok_Typ", "=", 15))
    .execute();
  zd = {
    documentId: line.dok_Id,
    lineId: line.ob_Id,
    productId,
    warehouseId: Number(line.ob_MagId),
    date: (line.ob_Termin ?? new Date(0)).toISOString().slice(0, 10),
    open: Number(line.ob_Ilosc) - Number(line.ob_IloscMag),
  };

  // A product card as an operator fills it in Subiekt: two custom fields meant for the shop, one not.
  await world.sandbox.db
    .updateTable("tw__Towar")
    .set({
      tw_Opis: "Kinkiet ścienny z kloszem ze szkła, do salonu.",
      tw_Pole1: "Fiskars",
      tw_Pole2: "R07-P2",
      tw_Pole3: "stal nierdzewna",
      tw_Masa: 1.25,
      tw_JednMiary: "szt.",
      tw_IdGrupa: 4,
      tw_Rodzaj: 1,
      tw_Usuniety: false,
      tw_Zablokowany: false,
    })
    .where("tw_Id", "=", CARD_PRODUCT)
    .execute();
  await world.sandbox.db.deleteFrom("tw_JednMiary").where("jm_IdTowar", "=", CARD_PRODUCT).execute();
  await world.sandbox.db
    .insertInto("tw_JednMiary")
    .values([
      { jm_Id: 90_001, jm_IdTowar: CARD_PRODUCT, jm_IdJednMiary: "szt.", jm_Przelicznik: 1, jm_DlaNaklejek: false },
      { jm_Id: 90_002, jm_IdTowar: CARD_PRODUCT, jm_IdJednMiary: "opak.", jm_Przelicznik: 12, jm_DlaNaklejek: false },
    ])
    .execute();
}

const world = syncedWorld({
  arrange: arrangeErp,
  integration: {
    settings: {
      productCustomFields: [
        { field: 1, name: "producer" },
        { field: 3, name: "material" },
      ],
    },
    firstRuns: ["PRODUCTS", "STOCK"],
  },
});

beforeAll(async () => {
  const { port } = receiver.address() as AddressInfo;
  ({ key } = await makeChannelWithKey({
    companyId: world.agent.companyId,
    channel: { warehouseIds: [zd.warehouseId], webhookUrl: `http://127.0.0.1:${port}/hook` },
  }));
});

describe("planned availability: open supplier orders in /api/v1/stock and stock.changed", () => {
  it("an open ZD shows as 'expected N on date D' for its warehouse and the item", async () => {
    const item = await stockItem(zd.productId);
    const expected = [{ date: zd.date, quantity: zd.open }];
    expect(item?.expected).toEqual(expected);
    expect(item?.warehouses).toEqual([expect.objectContaining({ warehouseId: zd.warehouseId, expected })]);
  });

  it("a changed ZD, then a received one, then a deleted one each fire stock.changed with what remains", async () => {
    deliveries.length = 0;
    await world.sandbox.db
      .updateTable("dok_Pozycja")
      .set((eb) => ({ ob_Ilosc: eb("ob_Ilosc", "+", 10) }))
      .where("ob_Id", "=", zd.lineId)
      .execute();
    const more = [{ date: zd.date, quantity: zd.open + 10 }];
    expect((await webhookFor((item) => item.expected[0]?.quantity === zd.open + 10)).expected).toEqual(more);
    expect((await stockItem(zd.productId))?.expected).toEqual(more);

    // Received: Subiekt marks the ZD fulfilled; nothing is expected any more.
    deliveries.length = 0;
    await world.sandbox.db
      .updateTable("dok__Dokument")
      .set({ dok_Status: 8 })
      .where("dok_Id", "=", zd.documentId)
      .execute();
    const received = await webhookFor((item) => item.expected.length === 0);
    expect(received.warehouses).toEqual([expect.objectContaining({ warehouseId: zd.warehouseId, expected: [] })]);
    expect((await stockItem(zd.productId))?.expected).toEqual([]);

    // Open again, then deleted in the ERP: gone again.
    deliveries.length = 0;
    await world.sandbox.db
      .updateTable("dok__Dokument")
      .set({ dok_Status: 5 })
      .where("dok_Id", "=", zd.documentId)
      .execute();
    await webhookFor((item) => item.expected.length === 1);
    deliveries.length = 0;
    await world.sandbox.db.deleteFrom("dok_Pozycja").where("ob_DokHanId", "=", zd.documentId).execute();
    await world.sandbox.db.deleteFrom("dok_Vat").where("vt_DokId", "=", zd.documentId).execute();
    await world.sandbox.db.deleteFrom("dok__Dokument").where("dok_Id", "=", zd.documentId).execute();
    await webhookFor((item) => item.expected.length === 0);
    expect((await stockItem(zd.productId))?.expected).toEqual([]);
  }, 120_000);
});

describe("product cards in /api/v1/products", () => {
  async function productsPage(query = "") {
    const answer = await callRoute({ get: getProducts, path: `/api/v1/products?limit=1000${query}`, key });
    expect(answer.status).toBe(200);
    return ZProductsPage.parse(answer.body);
  }

  it("carry the description, the chosen custom fields only, units with conversion, weight and group path", async () => {
    const product = (await productsPage()).items.find((item) => item.id === CARD_PRODUCT);
    const group = await world.sandbox.db
      .selectFrom("sl_GrupaTw")
      .select("grt_Nazwa")
      .where("grt_Id", "=", 4)
      .executeTakeFirstOrThrow();
    expect(product).toMatchObject({
      description: "Kinkiet ścienny z kloszem ze szkła, do salonu.",
      customFields: { producer: "Fiskars", material: "stal nierdzewna" },
      unit: "szt.",
      units: [
        { code: "szt.", factor: 1 },
        { code: "opak.", factor: 12 },
      ],
      weight: { value: 1.25, unit: "kg" },
      // Subiekt GT's groups are flat: the path is the product's one group.
      groupPath: [group.grt_Nazwa],
    });
    // The shelf location in the field nobody chose stays in the ERP.
    expect(Object.keys(product?.customFields ?? {}).sort()).toEqual(["material", "producer"]);
    expect(JSON.stringify(product)).not.toContain("R07-P2");
  });

  it("a description changed in the ERP reaches the channel with the next incremental products run", async () => {
    const token = (await productsPage()).nextUpdatedSince;
    const since = new Date();
    await world.sandbox.db
      .updateTable("tw__Towar")
      .set({ tw_Opis: "Nowy opis: kinkiet z mlecznym kloszem." })
      .where("tw_Id", "=", CARD_PRODUCT)
      .execute();
    // Subiekt's triggers mark a saved product card in tw_ZmianaTw; products have no timestamp.
    await world.sandbox.db
      .insertInto("tw_ZmianaTw")
      .values({ twz_TowarId: CARD_PRODUCT, twz_NrZmiany: 1000, twz_CzasModyf: new Date() })
      .execute();
    await getDb().syncState.updateMany({
      where: { companyId: world.agent.companyId, group: "PRODUCTS" },
      data: { nextRunAt: new Date(0) },
    });
    const run = await finishedRun({ companyId: world.agent.companyId, group: "PRODUCTS", since });
    expect(run).toMatchObject({ status: "SUCCEEDED", kind: "INCREMENTAL" });
    const changes = await productsPage(`&updatedSince=${token}`);
    expect(changes.items).toEqual([
      expect.objectContaining({ id: CARD_PRODUCT, description: "Nowy opis: kinkiet z mlecznym kloszem." }),
    ]);
  }, 60_000);
});
