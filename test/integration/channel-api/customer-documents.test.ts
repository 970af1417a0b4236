import { ZCustomerDocumentsPage, type TChannelDocument } from "@erp-bridge/shared";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { DOK_TYP } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { callRoute, errorOf, makeChannelWithKey, routeGet } from "./channel-fixture.ts";

const getDocuments = await routeGet("customers/[id]/documents");
const documents = (key: string, id: number, query = "") =>
  callRoute({ get: getDocuments, path: `/api/v1/customers/${id}/documents${query}`, key, params: { id: String(id) } });

let key: string;

const HISTORY_TYPES = [DOK_TYP.ZK, DOK_TYP.FS, DOK_TYP.PA, DOK_TYP.KFS];
/** The customer whose history the tests read, and the documents arranged for them in the ERP. */
const arranged = {
  customer: 0,
  other: 0,
  order: 0,
  paid: 0,
  partly: 0,
  overdue: 0,
  unpaid: 0,
  receipt: 0,
  correction: 0,
};

/** One page of documents, checked against the published schema. */
async function page(id: number, query = "") {
  const answer = await documents(key, id, query);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return ZCustomerDocumentsPage.parse(answer.body);
}

/** Every document of the customer, page by page through the cursor. */
async function allDocuments(id: number, query = "limit=3"): Promise<TChannelDocument[]> {
  const items: TChannelDocument[] = [];
  for (let cursor: string | null = ""; cursor !== null;) {
    const next = await page(id, `?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return items;
}

/** The ERP's own list of a customer's orders, invoices, receipts and corrections. */
async function erpDocumentIds(customerId: number): Promise<number[]> {
  const rows = await world.sandbox.db
    .selectFrom("dok__Dokument")
    .select("dok_Id")
    .where("dok_Typ", "in", HISTORY_TYPES)
    .where((eb) =>
      eb.or([
        eb("dok_OdbiorcaId", "=", customerId),
        eb.and([eb("dok_OdbiorcaId", "is", null), eb("dok_PlatnikId", "=", customerId)]),
      ]),
    )
    .execute();
  return rows.map((r) => r.dok_Id).sort((a, b) => a - b);
}

/**
 * Arranges, in the ERP, a company customer with a ZK and an FS issued from it, FS settlements in
 * each payment state, a receipt and a correction of one of their invoices, as an operator would
 * have issued them.
 */
async function arrangeErp() {
  const db = world.sandbox.db;
  const { customer } = await db
    .selectFrom("nz__Finanse")
    .select(["nzf_IdObiektu as customer"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .groupBy("nzf_IdObiektu")
    .orderBy("n", "desc")
    .executeTakeFirstOrThrow();
  if (customer === null) throw new Error("the sandbox has no settlements");
  const invoices = await db
    .selectFrom("nz__Finanse")
    .select(["nzf_IdDokumentAuto as id"])
    .where("nzf_IdObiektu", "=", customer)
    .orderBy("nzf_IdDokumentAuto")
    .limit(4)
    .execute();
  const [paid, partly, overdue, unpaid] = invoices.map((i) => i.id ?? 0);
  const pick = async (type: number) =>
    (
      await db
        .selectFrom("dok__Dokument")
        .select("dok_Id")
        .where("dok_Typ", "=", type)
        .where("dok_OdbiorcaId", "<>", customer)
        .orderBy("dok_Id")
        .executeTakeFirstOrThrow()
    ).dok_Id;
  const [order, receipt, correction] = [await pick(DOK_TYP.ZK), await pick(DOK_TYP.PA), await pick(DOK_TYP.KFS)];
  const { dok_Id: otherInvoice, dok_OdbiorcaId: other } = await db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_OdbiorcaId"])
    .where("dok_Typ", "=", DOK_TYP.FS)
    .where("dok_OdbiorcaId", "<>", customer)
    .where("dok_OdbiorcaId", "is not", null)
    .executeTakeFirstOrThrow();
  if (!paid || !partly || !overdue || !unpaid || !other) throw new Error("the sandbox lacks documents to arrange");
  // Another customer's invoice issued from this customer's order: neither may name the other.
  await db.updateTable("dok__Dokument").set({ dok_DoDokId: order }).where("dok_Id", "=", otherInvoice).execute();
  await db
    .updateTable("dok__Dokument")
    .set({ dok_OdbiorcaId: customer, dok_PlatnikId: customer })
    .where("dok_Id", "in", [order, receipt, correction])
    .execute();
  await db.updateTable("dok__Dokument").set({ dok_DoDokId: order }).where("dok_Id", "=", paid).execute();
  await db.updateTable("dok__Dokument").set({ dok_DoDokId: paid }).where("dok_Id", "=", correction).execute();
  const settle = (id: number, open: string, due: string) =>
    db
      .updateTable("nz__Finanse")
      .set((eb) => ({
        nzf_Wartosc: sql<number>`round(${eb.ref("nzf_WartoscPierwotna")} * ${open}::numeric, 2)`,
        nzf_TerminPlatnosci: new Date(due),
      }))
      .where("nzf_IdDokumentAuto", "=", id)
      .execute();
  await settle(paid, "0", "2026-01-10");
  await settle(partly, "0.4", "2099-12-31");
  await settle(overdue, "1", "2026-01-10");
  await settle(unpaid, "1", "2099-12-31");
  Object.assign(arranged, { customer, other, order, paid, partly, overdue, unpaid, receipt, correction });
}

const world = syncedWorld({
  arrange: arrangeErp,
  integration: { firstRuns: ["PRODUCTS", "CUSTOMERS", "DOCUMENTS"] },
});

beforeAll(async () => {
  ({ key } = await makeChannelWithKey({ companyId: world.agent.companyId }));
});

describe("GET /api/v1/customers/{id}/documents, synced from the ERP by the real agent", () => {
  it("lists the customer's orders, invoices, receipts and corrections, newest first, each once across pages", async () => {
    const items = await allDocuments(arranged.customer);
    expect(items.map((d) => d.id).sort((a, b) => a - b)).toEqual(await erpDocumentIds(arranged.customer));
    const order = (d: TChannelDocument) => `${d.issuedOn}:${String(d.id).padStart(10, "0")}`;
    expect(items.map(order)).toEqual(items.map(order).sort().reverse());
    const byId = new Map(items.map((d) => [d.id, d]));
    expect(
      [arranged.order, arranged.paid, arranged.receipt, arranged.correction].map((id) => [
        byId.get(id)?.kind,
        byId.get(id)?.symbol,
      ]),
    ).toEqual([
      ["order", "ZK"],
      ["invoice", "FS"],
      ["receipt", "PA"],
      ["correction", "KFS"],
    ]);
  }, 30_000);

  it("gives each document its lines as the ERP has them, and links an order to the invoice issued from it", async () => {
    const items = await allDocuments(arranged.customer, "limit=1000");
    const byId = new Map(items.map((d) => [d.id, d]));
    for (const id of [arranged.order, arranged.paid, arranged.receipt, arranged.correction]) {
      const erpLines = await world.sandbox.db
        .selectFrom("dok_Pozycja")
        .select(["ob_TowId", "ob_Ilosc", "ob_CenaNetto", "ob_WartNetto", "ob_WartBrutto"])
        .where("ob_DokHanId", "=", id)
        .orderBy("ob_Id")
        .execute();
      const document = byId.get(id);
      expect(erpLines.length, `lines of ${id}`).toBeGreaterThan(0);
      expect(document?.lines.map((l) => [l.productId, l.quantity, l.unitNet, l.net, l.gross])).toEqual(
        erpLines.map((l) => [
          l.ob_TowId,
          Number(l.ob_Ilosc),
          Number(l.ob_CenaNetto),
          Number(l.ob_WartNetto),
          Number(l.ob_WartBrutto),
        ]),
      );
      expect(document?.lines[0]?.sku).toEqual(expect.any(String));
    }
    const invoice = byId.get(arranged.paid);
    const order = byId.get(arranged.order);
    expect(invoice?.issuedFrom).toEqual({ id: arranged.order, kind: "order", number: order?.number });
    expect(order?.issued).toEqual([{ id: arranged.paid, kind: "invoice", number: invoice?.number }]);
    expect(byId.get(arranged.correction)?.issuedFrom).toEqual({
      id: arranged.paid,
      kind: "invoice",
      number: invoice?.number,
    });
  }, 30_000);

  it("tells each invoice's payment state from its settlement, and follows a payment made in the ERP", async () => {
    const stateOf = async () => {
      const byId = new Map((await allDocuments(arranged.customer, "kind=invoice&limit=1000")).map((d) => [d.id, d]));
      return [arranged.paid, arranged.partly, arranged.overdue, arranged.unpaid].map(
        (id) => byId.get(id)?.payment?.state,
      );
    };
    expect(await stateOf()).toEqual(["paid", "partly_paid", "overdue", "unpaid"]);
    const items = await allDocuments(arranged.customer, "limit=1000");
    expect(items.find((d) => d.id === arranged.order)?.payment).toBeNull();
    const overdue = items.find((d) => d.id === arranged.overdue)?.payment;
    expect(overdue).toEqual({
      state: "overdue",
      amount: overdue?.open,
      open: expect.any(Number),
      dueDate: "2026-01-10",
    });

    await world.sandbox.db
      .updateTable("nz__Finanse")
      .set({ nzf_Wartosc: 0 })
      .where("nzf_IdDokumentAuto", "=", arranged.overdue)
      .execute();
    const since = new Date();
    await getDb().syncState.updateMany({
      where: { companyId: world.agent.companyId, group: "DOCUMENTS" },
      data: { nextRunAt: new Date(0) },
    });
    expect((await finishedRun({ companyId: world.agent.companyId, group: "DOCUMENTS", since })).status).toBe(
      "SUCCEEDED",
    );
    expect(await stateOf()).toEqual(["paid", "partly_paid", "paid", "unpaid"]);
  }, 60_000);

  it("filters by kind and by issue days, inclusive", async () => {
    const items = await allDocuments(arranged.customer, "limit=1000");
    const kinds = await allDocuments(arranged.customer, "kind=receipt,correction");
    expect(kinds.map((d) => d.id).sort()).toEqual(
      items
        .filter((d) => ["receipt", "correction"].includes(d.kind))
        .map((d) => d.id)
        .sort(),
    );
    const day = items.find((d) => d.id === arranged.paid)?.issuedOn ?? "";
    const onDay = await allDocuments(arranged.customer, `from=${day}&to=${day}`);
    expect(onDay.map((d) => d.id).sort()).toEqual(
      items
        .filter((d) => d.issuedOn === day)
        .map((d) => d.id)
        .sort(),
    );
    expect(onDay.map((d) => d.id)).toContain(arranged.paid);
  }, 30_000);

  it("never shows another customer's documents, and another company's key gets 404", async () => {
    const others = await allDocuments(arranged.other, "limit=1000");
    expect(others.map((d) => d.id).sort((a, b) => a - b)).toEqual(await erpDocumentIds(arranged.other));
    const mine = new Set((await allDocuments(arranged.customer, "limit=1000")).map((d) => d.id));
    expect(others.filter((d) => mine.has(d.id))).toEqual([]);
    for (const d of others) {
      for (const link of [d.issuedFrom, ...d.issued]) if (link) expect(mine.has(link.id)).toBe(false);
    }

    const stranger = await makeChannelWithKey();
    for (const id of [arranged.customer, 999_999]) {
      const answer = await documents(id === 999_999 ? key : stranger.key, id);
      expect(answer.status).toBe(404);
      expect(errorOf(answer.body).code).toBe("NOT_FOUND");
    }
  }, 30_000);

  it("a bad filter or cursor is a 400 naming it", async () => {
    for (const [query, field] of [
      ["?kind=invoice,delivery", "kind"],
      ["?from=2026-13-01", "from"],
      ["?from=2026-03-01&to=2026-02-01", "to"],
      ["?cursor=not-ours", "cursor"],
      ["?limit=0", "limit"],
      ["?page=2", "page"],
    ] as const) {
      const answer = await documents(key, arranged.customer, query);
      expect(answer.status, query).toBe(400);
      expect(errorOf(answer.body), query).toEqual({ code: "INVALID_INPUT", fields: [field] });
    }
  });
});
