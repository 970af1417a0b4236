import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { requestSync } from "../../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { ZCustomerResponse } from "@erp-bridge/shared";
import { callRoute, makeChannelWithKey, routeGet } from "../channel-api/channel-fixture.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { eventually } from "../../support/eventually.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { configureIntegration, finishedRun } from "./sync-fixture.ts";

const world = syncedWorld();

async function erpCount(query: ReturnType<typeof sql<{ n: string }>>): Promise<number> {
  const result = await query.execute(world.sandbox.db);
  return Number(result.rows[0]?.n);
}

describe("sync: the ERP into the cloud copy through the real agent", () => {
  it("an integration's first sync fills the copy exactly, group by group", async () => {
    const started = new Date();
    await configureIntegration({ companyId: world.agent.companyId, agentId: world.agent.agentId });
    const runs = await Promise.all(
      (["PRODUCTS", "PRICES", "STOCK", "CUSTOMERS", "DOCUMENTS"] as const).map((group) =>
        finishedRun({ companyId: world.agent.companyId, group, since: started }),
      ),
    );
    for (const run of runs)
      expect({ group: run.group, status: run.status, error: run.errorMessage }).toEqual({
        group: run.group,
        status: "SUCCEEDED",
        error: null,
      });
    const companyId = world.agent.companyId;
    const db = getDb();
    const expected = {
      products: await erpCount(sql`select count(*) as n from "tw__Towar"`),
      prices: await erpCount(sql`
        select count(*) as n from "tw_Cena" c
        cross join lateral unnest(array[c."tc_CenaNetto1", c."tc_CenaNetto2", c."tc_CenaNetto3", c."tc_CenaNetto4",
          c."tc_CenaNetto5", c."tc_CenaNetto6", c."tc_CenaNetto7", c."tc_CenaNetto8", c."tc_CenaNetto9",
          c."tc_CenaNetto10"]) as v(net) where v.net is not null`),
      stock: await erpCount(sql`select count(*) as n from "tw_Stan"`),
      customers: await erpCount(sql`select count(*) as n from "kh__Kontrahent"`),
      documentLines: await erpCount(sql`
        select count(*) as n from "dok_Pozycja" p join "dok__Dokument" d
          on (d."dok_Typ" in (2, 21, 6, 16) and d."dok_Id" = p."ob_DokHanId")
          or (d."dok_Typ" = 9 and d."dok_Id" = p."ob_DokMagId")`),
    };
    expect({
      products: await db.erpProduct.count({ where: { companyId } }),
      prices: await db.erpPrice.count({ where: { companyId } }),
      stock: await db.erpStock.count({ where: { companyId } }),
      customers: await db.erpCustomer.count({ where: { companyId } }),
      documentLines: await db.erpDocumentLine.count({ where: { companyId } }),
    }).toEqual(expected);
    expect(runs.find((r) => r.group === "PRODUCTS")).toMatchObject({
      done: expected.products,
      total: expected.products,
    });

    const erpProduct = await world.sandbox.db
      .selectFrom("tw__Towar")
      .selectAll()
      .where("tw_Id", "=", 17)
      .executeTakeFirstOrThrow();
    const copied = await db.erpProduct.findFirstOrThrow({ where: { companyId, erpId: 17 } });
    expect({ sku: copied.sku, name: copied.name }).toEqual({ sku: erpProduct.tw_Symbol, name: erpProduct.tw_Nazwa });
  }, 120_000);

  it("a price and a stock change in the ERP reach the copy without a full resync", async () => {
    const companyId = world.agent.companyId;
    const stockRow = await world.sandbox.db.selectFrom("tw_Stan").selectAll().limit(1).executeTakeFirstOrThrow();
    const { key } = await makeChannelWithKey({ companyId, channel: { warehouseIds: [stockRow.st_MagId] } });
    const api = async (route: string, query: string) => {
      const get = await routeGet(route);
      const request = new Request(`http://portal/api/v1/${route}?${query}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const response = await get(request);
      expect(response.status).toBe(200);
      return z
        .object({ items: z.array(z.looseObject({ productId: z.number() })), nextUpdatedSince: z.string() })
        .parse(await response.json());
    };
    const drain = async (route: string) => {
      let page = await api(route, "limit=1000");
      for (
        let next = page;
        next.items.length > 0;
        next = await api(route, `limit=1000&updatedSince=${page.nextUpdatedSince}`)
      ) {
        page = next;
      }
      return page.nextUpdatedSince;
    };
    const [stockToken, priceToken] = [await drain("stock"), await drain("prices")];
    const since = new Date();
    await world.sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: Number(stockRow.st_Stan) + 7 })
      .where("st_TowId", "=", stockRow.st_TowId)
      .where("st_MagId", "=", stockRow.st_MagId)
      .execute();
    await world.sandbox.db
      .updateTable("tw_Cena")
      .set({ tc_CenaNetto1: 123.45, tc_CenaBrutto1: 151.84 })
      .where("tc_IdTowar", "=", 21)
      .execute();
    await world.sandbox.db
      .insertInto("tw_ZmianaTw")
      .values({ twz_TowarId: 21, twz_NrZmiany: 1000, twz_CzasModyf: new Date() })
      .execute();

    // STOCK runs every 5 s on its own, so a run created after `since` may have read the stock just
    // before the update and found nothing: the run that matters is the first one that saw a change.
    const stockRun = await eventually(
      () =>
        getDb()
          .syncRun.findFirst({
            where: {
              companyId,
              group: "STOCK",
              status: { in: ["SUCCEEDED", "FAILED"] },
              createdAt: { gt: since },
              changed: { gt: 0 },
            },
            orderBy: { createdAt: "asc" },
          })
          .then((run) => run ?? undefined),
      { what: "a STOCK run that saw the change", timeoutMs: 60_000 },
    );
    expect(stockRun).toMatchObject({ status: "SUCCEEDED", kind: "INCREMENTAL", changed: 1 });
    const stock = await getDb().erpStock.findFirstOrThrow({
      where: { companyId, productId: stockRow.st_TowId, warehouseId: stockRow.st_MagId },
    });
    expect(Number(stock.onHand)).toBe(Number(stockRow.st_Stan) + 7);
    const stockChanges = await api("stock", `updatedSince=${stockToken}`);
    expect(stockChanges.items).toEqual([
      expect.objectContaining({
        productId: stockRow.st_TowId,
        available: Math.max(0, Number(stockRow.st_Stan) + 7 - Number(stockRow.st_StanRez)),
      }),
    ]);

    await getDb().syncState.updateMany({ where: { companyId, group: "PRICES" }, data: { nextRunAt: new Date(0) } });
    const priceRun = await finishedRun({ companyId, group: "PRICES", since });
    expect(priceRun.status).toBe("SUCCEEDED");
    const price = await getDb().erpPrice.findFirstOrThrow({ where: { companyId, productId: 21, level: 1 } });
    expect([Number(price.net), Number(price.gross)]).toEqual([123.45, 151.84]);
    const priceChanges = await api("prices", `updatedSince=${priceToken}`);
    expect(priceChanges.items).toEqual([expect.objectContaining({ productId: 21, net: 123.45, gross: 151.84 })]);
  }, 60_000);
});

describe("sync: failures", () => {
  it("a run the ERP refuses fails with the ERP's message and keeps the last good copy", async () => {
    const companyId = world.agent.companyId;
    const before = await getDb().erpPrice.count({ where: { companyId } });
    await sql`alter table "tw_Cena" rename to "tw_Cena_away"`.execute(world.sandbox.db);
    try {
      const since = new Date();
      await getDb().syncState.updateMany({ where: { companyId, group: "PRICES" }, data: { nextRunAt: new Date(0) } });
      const failed = await finishedRun({ companyId, group: "PRICES", since });
      expect(failed.status).toBe("FAILED");
      expect(failed.errorCode).toBe("readFailed");
      expect(failed.errorParams).toEqual({ detail: expect.stringMatching(/tw_Cena/) });
      const state = await getDb().syncState.findFirstOrThrow({ where: { companyId, group: "PRICES" } });
      expect(state).toMatchObject({ lastErrorCode: "readFailed", lastErrorParams: failed.errorParams });
      expect(await getDb().erpPrice.count({ where: { companyId } })).toBe(before);
    } finally {
      await sql`alter table "tw_Cena_away" rename to "tw_Cena"`.execute(world.sandbox.db);
    }
    const since = new Date();
    await getDb().syncState.updateMany({ where: { companyId, group: "PRICES" }, data: { nextRunAt: new Date(0) } });
    expect((await finishedRun({ companyId, group: "PRICES", since })).status).toBe("SUCCEEDED");
    const state = await getDb().syncState.findFirstOrThrow({ where: { companyId, group: "PRICES" } });
    expect(state).toMatchObject({ lastError: null, lastErrorCode: null, lastErrorParams: null });
  }, 60_000);
});

describe("sync: what the channels see", () => {
  it("a product blocked or deleted in the ERP leaves the channel's list and comes as withdrawn in its changes", async () => {
    const companyId = world.agent.companyId;
    const { key } = await makeChannelWithKey({ companyId });
    const get = await routeGet("products");
    const list = async (query: string) => {
      const response = await get(
        new Request(`http://portal/api/v1/products?${query}`, { headers: { authorization: `Bearer ${key}` } }),
      );
      expect(response.status).toBe(200);
      return z
        .object({
          items: z.array(z.object({ id: z.number(), status: z.string() })),
          nextUpdatedSince: z.string(),
          hasMore: z.boolean(),
        })
        .parse(await response.json());
    };
    const before = await list("limit=1000");
    expect(before.items.map((p) => p.id)).toEqual(expect.arrayContaining([31, 32]));

    const since = new Date();
    await world.sandbox.db.updateTable("tw__Towar").set({ tw_Zablokowany: true }).where("tw_Id", "=", 31).execute();
    await world.sandbox.db.updateTable("tw__Towar").set({ tw_Usuniety: true }).where("tw_Id", "=", 32).execute();
    await world.sandbox.db
      .insertInto("tw_ZmianaTw")
      .values([
        { twz_TowarId: 31, twz_NrZmiany: 2000, twz_CzasModyf: new Date() },
        { twz_TowarId: 32, twz_NrZmiany: 2001, twz_CzasModyf: new Date() },
      ])
      .execute();
    await getDb().syncState.updateMany({ where: { companyId, group: "PRODUCTS" }, data: { nextRunAt: new Date(0) } });
    expect(await finishedRun({ companyId, group: "PRODUCTS", since })).toMatchObject({
      status: "SUCCEEDED",
      changed: 2,
    });

    const fresh = await list("limit=1000");
    expect(fresh.items.map((p) => p.id)).not.toContain(31);
    expect(fresh.items.map((p) => p.id)).not.toContain(32);
    const sellable = await erpCount(
      sql`select count(*) as n from "tw__Towar" where not "tw_Usuniety" and not "tw_Zablokowany"`,
    );
    expect(fresh.items).toHaveLength(sellable);
    const changes = await list(`updatedSince=${before.nextUpdatedSince}`);
    expect(changes.items.map((p) => [p.id, p.status])).toEqual([
      [31, "withdrawn"],
      [32, "withdrawn"],
    ]);
  }, 60_000);

  it("a product deleted outright in the ERP is withdrawn by a full resync, and only that one", async () => {
    const companyId = world.agent.companyId;
    const { key } = await makeChannelWithKey({ companyId });
    const get = await routeGet("products");
    const list = async (query: string) => {
      const response = await get(
        new Request(`http://portal/api/v1/products?${query}`, { headers: { authorization: `Bearer ${key}` } }),
      );
      return z
        .object({ items: z.array(z.object({ id: z.number(), status: z.string() })), nextUpdatedSince: z.string() })
        .parse(await response.json());
    };
    // Caught up: the first load, then the changes after it (the products withdrawn above).
    const first = (await list("limit=1000")).nextUpdatedSince;
    const mark = (await list(`updatedSince=${first}&limit=1000`)).nextUpdatedSince;
    // Gone from the ERP with no trace: no deleted flag, no change record for an incremental read.
    await world.sandbox.db.deleteFrom("tw_KodKreskowy").where("kk_IdTowar", "=", 33).execute();
    await world.sandbox.db.deleteFrom("tw_Cena").where("tc_IdTowar", "=", 33).execute();
    await world.sandbox.db.deleteFrom("tw_Stan").where("st_TowId", "=", 33).execute();
    await world.sandbox.db.deleteFrom("tw__Towar").where("tw_Id", "=", 33).execute();

    const since = new Date();
    await requestSync({ actor: STAFF_ACTOR, companyId, input: { group: "PRODUCTS", kind: "FULL" } });
    const run = await finishedRun({ companyId, group: "PRODUCTS", since });
    expect({ status: run.status, kind: run.kind, changed: run.changed }).toEqual({
      status: "SUCCEEDED",
      kind: "FULL",
      changed: 1,
    });
    const gone = await getDb().erpProduct.findFirstOrThrow({ where: { companyId, erpId: 33 } });
    expect(gone.deleted).toBe(true);
    expect((await list(`updatedSince=${mark}&limit=1000`)).items.map((p) => [p.id, p.status])).toEqual([
      [33, "withdrawn"],
    ]);
    expect(await getDb().syncRunSeen.count({ where: { runId: run.id } })).toBe(0);
  }, 60_000);
});

describe("sync: customer balances from the ERP's settlements", () => {
  it("the channel API shows a customer's balance and overdue amount, and a payment changes them at the next sync", async () => {
    const companyId = world.agent.companyId;
    const { key } = await makeChannelWithKey({ companyId });
    const getCustomer = await routeGet("customers/[id]");
    const customer = async (id: number) => {
      const answer = await callRoute({
        get: getCustomer,
        path: `/api/v1/customers/${id}`,
        key,
        params: { id: `${id}` },
      });
      expect(answer.status).toBe(200);
      return ZCustomerResponse.parse(answer.body).customer;
    };
    // The sandbox's history ends in the past: every settlement still open is overdue today.
    const open = await world.sandbox.db
      .selectFrom("nz__Finanse")
      .select(["nzf_Id", "nzf_IdObiektu", "nzf_Wartosc", "nzf_TerminPlatnosci"])
      .where("nzf_Wartosc", ">", 0)
      .orderBy("nzf_TerminPlatnosci")
      .orderBy("nzf_Id")
      .execute();
    const byCustomer = new Map<number, typeof open>();
    for (const row of open)
      byCustomer.set(row.nzf_IdObiektu ?? 0, [...(byCustomer.get(row.nzf_IdObiektu ?? 0) ?? []), row]);
    const [customerId, settlements = []] = [...byCustomer].find(([, rows]) => rows.length >= 2) ?? [];
    if (customerId === undefined) throw new Error("no customer with two open settlements in the sandbox");
    const cents = (rows: typeof settlements) =>
      rows.reduce((sum, row) => sum + Math.round(Number(row.nzf_Wartosc) * 100), 0);
    const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;
    const [oldest, next] = settlements;

    expect(await customer(customerId)).toMatchObject({
      balance: cents(settlements) / 100,
      overdueAmount: cents(settlements) / 100,
      oldestOverdueDueDate: day(oldest?.nzf_TerminPlatnosci),
    });
    // A customer whose settlements are all paid owes nothing (0, not "unknown").
    const settled = await world.sandbox.db
      .selectFrom("nz__Finanse")
      .select("nzf_IdObiektu")
      .where("nzf_Wartosc", "=", 0)
      .execute();
    const paidUp = settled.find((row) => !byCustomer.has(row.nzf_IdObiektu ?? 0))?.nzf_IdObiektu;
    if (paidUp == null) throw new Error("no customer with only paid settlements in the sandbox");
    expect(await customer(paidUp)).toMatchObject({ balance: 0, overdueAmount: 0, oldestOverdueDueDate: null });

    const since = new Date();
    await world.sandbox.db
      .updateTable("nz__Finanse")
      .set({ nzf_Wartosc: 0, nzf_DataOstatniejSplaty: new Date() })
      .where("nzf_Id", "=", oldest?.nzf_Id ?? 0)
      .execute();
    await getDb().syncState.updateMany({ where: { companyId, group: "CUSTOMERS" }, data: { nextRunAt: new Date(0) } });
    expect(await finishedRun({ companyId, group: "CUSTOMERS", since })).toMatchObject({
      status: "SUCCEEDED",
      changed: 1,
    });
    const rest = settlements.slice(1);
    expect(await customer(customerId)).toMatchObject({
      balance: cents(rest) / 100,
      overdueAmount: cents(rest) / 100,
      oldestOverdueDueDate: day(next?.nzf_TerminPlatnosci),
    });
  }, 60_000);
});
