import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TPrice, TStock } from "@erp-bridge/shared";
import type { DataGroup } from "../../../apps/portal/src/generated/prisma/client.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { applyStoredPage } from "../../../apps/portal/src/server/erp-data/sync/apply-stored-page.ts";
import { openReads, readAll } from "../subiekt-reads/reads-fixture.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { finishedRun } from "./sync-fixture.ts";

/**
 * Prices and stock reach the copy from column arrays of the rows the portal parsed (apply-page.ts),
 * not from the stored JSON inside PostgreSQL as the other groups do: the copy must hold exactly
 * what the agent read, value for value, and a page keeps the rules every group follows.
 */
const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;

/** Waits for the first prices and stock runs (only those groups are on) and returns the integration. */
async function firstSyncDone() {
  for (const group of ["PRICES", "STOCK"] as const)
    expect(await finishedRun({ companyId: world.agent.companyId, group, since: world.configuredAt })).toMatchObject({
      status: "SUCCEEDED",
    });
  return getDb().integration.findFirstOrThrow({ where: { companyId: world.agent.companyId } });
}

// Only prices and stock are on; the tests wait for their first runs.
const world = syncedWorld({
  integration: {
    settings: {
      dataGroups: {
        products: OFF,
        prices: { enabled: true, direction: "erp_to_portal", intervalSeconds: 3600 },
        stock: { enabled: true, direction: "erp_to_portal", intervalSeconds: 3600 },
        customers: OFF,
        documents: OFF,
        promotions: OFF,
      },
    },
  },
});

/** The copy's decimals as PostgreSQL prints them, so a digit lost or added anywhere shows. */
async function copiedPrices(integrationId: string) {
  return getDb().$queryRaw<{ key: string; value: string }[]>`
    SELECT "productId" || ':' || "level" AS "key", "net"::text || ' ' || "gross"::text || ' ' || "currency" AS "value"
    FROM "ErpPrice" WHERE "integrationId" = ${integrationId}::uuid ORDER BY "productId", "level"`;
}

async function copiedStock(integrationId: string) {
  return getDb().$queryRaw<{ key: string; value: string }[]>`
    SELECT "productId" || ':' || "warehouseId" AS "key",
           "onHand"::text || ' ' || "reserved"::text || ' ' || "expected"::text AS "value"
    FROM "ErpStock" WHERE "integrationId" = ${integrationId}::uuid ORDER BY "productId", "warehouseId"`;
}

/** A number as the copy's numeric(16,4) column prints it. */
const fixed4 = (value: number) => value.toFixed(4);
const priceEntry = (row: TPrice) => ({
  key: `${row.productId}:${row.level}`,
  value: `${fixed4(row.net)} ${fixed4(row.gross)} ${row.currency}`,
});
// jsonb prints objects with its own key order and spacing: compare it re-read through JSON.
const stockEntry = (row: Pick<TStock, "productId" | "warehouseId" | "onHand" | "reserved" | "expected">) => ({
  key: `${row.productId}:${row.warehouseId}`,
  value: `${fixed4(row.onHand)} ${fixed4(row.reserved)} ${JSON.stringify(row.expected)}`,
});
const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
const normalisedStock = (rows: { key: string; value: string }[]) =>
  rows.map(({ key, value }) => {
    const [onHand, reserved, ...expected] = value.split(" ");
    return { key, value: `${onHand} ${reserved} ${JSON.stringify(JSON.parse(expected.join(" ")))}` };
  });

describe("sync: prices and stock in the copy are the ERP's rows", () => {
  it("a first sync copies every price and stock row the agent reads, value for value", async () => {
    const integration = await firstSyncDone();
    const { reads, db } = openReads({ url: world.sandbox.url });
    try {
      const prices = await readAll({ read: reads.prices, pageSize: 2000 });
      const stock = await readAll({ read: reads.stock, pageSize: 2000 });
      expect(prices.rows.length).toBeGreaterThan(1000);
      expect(stock.rows.some((row) => row.expected.length > 0)).toBe(true);
      expect((await copiedPrices(integration.id)).sort(byKey)).toEqual(prices.rows.map(priceEntry).sort(byKey));
      expect(normalisedStock(await copiedStock(integration.id)).sort(byKey)).toEqual(
        stock.rows.map(stockEntry).sort(byKey),
      );
    } finally {
      await db.destroy();
    }
  }, 120_000);
});

describe("sync: a page of prices or stock keeps the rules of every page", () => {
  /** Stores `rows` as page 0 of a finished erp.read and applies it as a run of `group` would. */
  async function applyRows(options: { integrationId: string; group: DataGroup; rows: object[] }) {
    const db = getDb();
    const command = await db.agentCommand.create({
      data: {
        agentId: world.agent.agentId,
        companyId: world.agent.companyId,
        name: "erp.read",
        idempotencyKey: `copy-content:${randomUUID()}`,
        input: { resource: options.group.toLowerCase(), cursor: null, pageSize: 100, maxPages: 1 },
        status: "SUCCEEDED",
        timeoutMs: 60_000,
        pages: 1,
      },
    });
    const resource = options.group === "PRICES" ? "prices" : "stock";
    await db.agentResultPage.create({
      data: { commandId: command.id, seq: 0, data: { resource, seq: 0, rows: options.rows, cursor: "after" } },
    });
    const run = await db.syncRun.create({
      data: {
        companyId: world.agent.companyId,
        integrationId: options.integrationId,
        group: options.group,
        kind: "INCREMENTAL",
        status: "RUNNING",
        trigger: "manual",
        commandId: command.id,
      },
    });
    expect(await applyStoredPage({ run, commandId: command.id, seq: 0 })).toBe(true);
    const applied = await db.syncRun.update({ where: { id: run.id }, data: { status: "SUCCEEDED" } });
    return { done: applied.done, changed: applied.changed };
  }

  it("the later of two rows for one price or stock bucket wins; decimals keep every digit; an unchanged row keeps its version", async () => {
    // The engine would start runs of its own: these pages are applied by hand, once the first sync is in.
    const integration = await firstSyncDone();
    await world.stopEngines();
    const integrationId = integration.id;
    const productId = 900_001;
    const price = (level: number, net: number, gross: number) => ({ productId, level, net, gross, currency: "PLN" });
    expect(
      await applyRows({
        integrationId,
        group: "PRICES",
        rows: [price(1, 1, 1.23), price(2, 12_345_678.9012, 15_185_185.0485), price(1, 0.0001, -2.5), price(3, 7, 8)],
      }),
    ).toEqual({ done: 4, changed: 3 });
    expect((await copiedPrices(integrationId)).filter((row) => row.key.startsWith(`${productId}:`))).toEqual([
      { key: `${productId}:1`, value: "0.0001 -2.5000 PLN" },
      { key: `${productId}:2`, value: "12345678.9012 15185185.0485 PLN" },
      { key: `${productId}:3`, value: "7.0000 8.0000 PLN" },
    ]);
    const versions = async () =>
      (
        await getDb().erpPrice.findMany({
          where: { integrationId, productId },
          orderBy: { level: "asc" },
          select: { rowVersion: true },
        })
      ).map((row) => row.rowVersion);
    const before = await versions();
    expect(await applyRows({ integrationId, group: "PRICES", rows: [price(3, 7, 8), price(2, 1, 2)] })).toEqual({
      done: 2,
      changed: 1,
    });
    const after = await versions();
    expect([after[0] === before[0], after[1] === before[1], after[2] === before[2]]).toEqual([true, false, true]);

    const bucket = (warehouseId: number, onHand: number, expected?: object[]) => ({
      productId,
      warehouseId,
      onHand,
      reserved: 0.5,
      available: onHand - 0.5,
      ...(expected && { expected }),
    });
    // An agent older than `expected` leaves it out: the copy holds an empty list.
    expect(
      await applyRows({
        integrationId,
        group: "STOCK",
        rows: [
          bucket(1, 3, [{ date: "2026-04-01", quantity: 2.5 }]),
          bucket(2, 4),
          bucket(1, 10.125, [{ date: null, quantity: 1 }]),
        ],
      }),
    ).toEqual({ done: 3, changed: 2 });
    expect((await copiedStock(integrationId)).filter((row) => row.key.startsWith(`${productId}:`))).toEqual([
      { key: `${productId}:1`, value: '10.1250 0.5000 [{"date": null, "quantity": 1}]' },
      { key: `${productId}:2`, value: "4.0000 0.5000 []" },
    ]);
    const state = await getDb().syncState.findFirstOrThrow({ where: { integrationId, group: "STOCK" } });
    expect(state.cursor).toBe("after");
  }, 60_000);

  it("a page past everything in the copy goes in as a plain insert and leaves exactly what the upsert leaves; a page into rows already there updates them", async () => {
    const integration = await firstSyncDone();
    await world.stopEngines();
    const integrationId = integration.id;
    // Ids past everything in the copy first (plain insert), then below them (upsert): the same page either way.
    const [fresh, existing] = [980_000, 970_000];
    const prices = (base: number) => [
      { productId: base + 1, level: 1, net: 1, gross: 1.23, currency: "PLN" },
      { productId: base + 1, level: 2, net: 12_345_678.9012, gross: 0.0001, currency: "EUR" },
      { productId: base + 2, level: 1, net: -3.5, gross: 4, currency: "PLN" },
      { productId: base + 1, level: 1, net: 2, gross: 2.46, currency: "PLN" },
    ];
    const stock = (base: number) => [
      { productId: base + 1, warehouseId: 1, onHand: 3, reserved: 1, available: 2, expected: [] },
      {
        productId: base + 1,
        warehouseId: 1,
        onHand: 5.125,
        reserved: 1,
        available: 4.125,
        expected: [{ date: "2026-05-01", quantity: 2 }],
      },
      { productId: base + 2, warehouseId: 3, onHand: 0, reserved: 0, available: 0 },
    ];
    const applyBoth = async (base: number) => ({
      prices: await applyRows({ integrationId, group: "PRICES", rows: prices(base) }),
      stock: await applyRows({ integrationId, group: "STOCK", rows: stock(base) }),
    });
    const outcomes = [await applyBoth(fresh), await applyBoth(existing)];
    expect(outcomes).toEqual([
      { prices: { done: 4, changed: 3 }, stock: { done: 3, changed: 2 } },
      { prices: { done: 4, changed: 3 }, stock: { done: 3, changed: 2 } },
    ]);
    const rowsFrom = async (base: number) => {
      const inRange = (row: { key: string }) =>
        Number(row.key.split(":")[0]) > base && Number(row.key.split(":")[0]) < base + 10;
      const shifted = (row: { key: string; value: string }) => {
        const [productId, rest] = row.key.split(":");
        return { key: `${Number(productId) - base}:${rest}`, value: row.value };
      };
      return {
        prices: (await copiedPrices(integrationId)).filter(inRange).map(shifted),
        stock: (await copiedStock(integrationId)).filter(inRange).map(shifted),
      };
    };
    const copied = await rowsFrom(fresh);
    expect(copied.prices).toHaveLength(3);
    expect(copied.stock).toEqual([
      { key: "1:1", value: '5.1250 1.0000 [{"date": "2026-05-01", "quantity": 2}]' },
      { key: "2:3", value: "0.0000 0.0000 []" },
    ]);
    expect(await rowsFrom(existing)).toEqual(copied);

    // Rows already in the copy (a page read again, a change read): updated, whatever the page's ids.
    const changed = prices(fresh).map((row) => ({ ...row, net: row.net + 1 }));
    expect(await applyRows({ integrationId, group: "PRICES", rows: changed })).toEqual({ done: 4, changed: 3 });
    expect((await rowsFrom(fresh)).prices.map((row) => row.value)).toEqual([
      "3.0000 2.4600 PLN",
      "12345679.9012 0.0001 EUR",
      "-2.5000 4.0000 PLN",
    ]);
  }, 60_000);
});
