import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { decimal, nvarchar } from "../../../apps/agent/src/erp/sql/sql-params.ts";
import type { TErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import {
  createErpDb,
  createItemTable,
  insertItems,
  LOCK_TIMEOUT_ERROR,
  shortLockTimeout,
  targets,
  type TItem,
  type TItemDb,
} from "./erp-sql-targets.ts";

const COUNT = 600;
// Ids with gaps and inserted out of order, so paging must follow the key rather than insertion.
const items: TItem[] = Array.from({ length: COUNT }, (_, i) => ({
  id: ((i * 7919) % COUNT) * 3 + 1,
  symbol: `S-${String(i).padStart(4, "0")}`,
  qty: i + 0.25,
  active: i % 2 === 0,
  changed_at: null,
}));
const sortedIds = items.map((item) => item.id).sort((a, b) => a - b);

describe.each(targets)("ERP SQL helpers on $name", (target) => {
  let database: Awaited<ReturnType<typeof target.open>>;
  let erp: TErpDb<TItemDb>;
  let table: string;
  let dropTable: () => Promise<void>;
  const h = createDialectHelpers({ dialect: target.name });

  beforeAll(async () => {
    if (target.skip) return;
    database = await target.open();
    erp = createErpDb<TItemDb>({ url: database.url });
    ({ table, drop: dropTable } = await createItemTable(erp));
    await insertItems({ db: erp.db, table, items });
  });
  afterAll(async () => {
    if (target.skip) return;
    await dropTable?.();
    await erp?.close();
    await database?.drop();
  });

  it.skipIf(target.skip)("keyset paging returns every row once, in key order", async () => {
    const seen: number[] = [];
    let after: number | undefined;
    for (;;) {
      const query = erp.db.selectFrom(table).select(["id", "symbol"]);
      const rows = await h.page(query, { orderBy: "id", after, size: 47 }).execute();
      expect(rows.length).toBeLessThanOrEqual(47);
      if (rows.length === 0) break;
      seen.push(...rows.map((row) => row.id));
      after = rows.at(-1)?.id;
    }
    expect(seen).toEqual(sortedIds);
  });

  it.skipIf(target.skip)("offset paging and top return the requested slice", async () => {
    const slice = await h.offsetPage(erp.db.selectFrom(table).select("id"), { orderBy: "id", offset: 10, size: 5 }).execute();
    expect(slice.map((row) => row.id)).toEqual(sortedIds.slice(10, 15));
    expect(await h.top(erp.db.selectFrom(table).select("id"), { size: 3 }).execute()).toHaveLength(3);
  });

  it.skipIf(target.skip)("returning gives back inserted and updated rows, with typed parameters", async () => {
    const insert = erp.db
      .insertInto(table)
      .values({ id: 100_000, symbol: "NEW-1", qty: 1.5, active: true, changed_at: new Date(2026, 6, 1, 10, 0, 0) });
    expect(await h.returning(insert, ["id", "symbol", "qty", "active", "changed_at"]).execute()).toEqual([
      { id: 100_000, symbol: "NEW-1", qty: 1.5, active: true, changed_at: new Date(2026, 6, 1, 10, 0, 0) },
    ]);
    const update = erp.db
      .updateTable(table)
      .set({ qty: decimal(2.123456, { precision: 28, scale: 6 }) })
      .where("symbol", "=", nvarchar("NEW-1"));
    expect(await h.returning(update, ["id", "qty"]).execute()).toEqual([{ id: 100_000, qty: 2.1235 }]);
    await erp.db.deleteFrom(table).where("id", "=", 100_000).execute();
  });

  it.skipIf(target.skip)("lockForUpdate holds the row, and only that row, until the transaction ends", async () => {
    const [first, other] = sortedIds;
    const rival = createErpDb<TItemDb>({ url: database.url });
    const lockRow = (options: { id: number | undefined }) =>
      rival.db.transaction().execute(async (trx) => {
        await shortLockTimeout({ db: trx, dialect: erp.dialect });
        return h.lockForUpdate(trx.selectFrom(table).select("qty").where("id", "=", options.id ?? -1)).executeTakeFirstOrThrow();
      });
    try {
      await erp.db.transaction().execute(async (trx) => {
        const row = await h.lockForUpdate(trx.selectFrom(table).select("qty").where("id", "=", first ?? -1)).executeTakeFirstOrThrow();
        await expect(lockRow({ id: first })).rejects.toThrow(LOCK_TIMEOUT_ERROR);
        await expect(lockRow({ id: other })).resolves.toBeDefined();
        await trx.updateTable(table).set({ qty: row.qty + 1 }).where("id", "=", first ?? -1).execute();
      });
      const after = await lockRow({ id: first });
      expect(after.qty).toBe(items.find((item) => item.id === first)!.qty + 1);
    } finally {
      await rival.close();
    }
  });

  it.skipIf(target.skip)("a transaction that throws leaves nothing behind; isolation levels are accepted", async () => {
    const failing = erp.db
      .transaction()
      .setIsolationLevel("serializable")
      .execute(async (trx) => {
        await trx.insertInto(table).values({ id: 200_000, symbol: "GONE", qty: 0, active: false, changed_at: null }).execute();
        throw new Error("abandon");
      });
    await expect(failing).rejects.toThrow("abandon");
    expect(await erp.db.selectFrom(table).select("id").where("id", "=", 200_000).execute()).toEqual([]);
  });

  it.skipIf(target.skip)("now(), bit() and concat() evaluate on the server", async () => {
    const row = await erp.db
      .selectFrom(table)
      .select([h.now().as("at"), h.bit(true).as("yes"), h.concat([h.bit(false).as("x") && erp.db.dynamic.ref("symbol")]).as("label")])
      .where("id", "=", sortedIds[0] ?? -1)
      .executeTakeFirstOrThrow();
    expect(row.at).toBeInstanceOf(Date);
    expect(row.yes).toBe(true);
    expect(row.label).toMatch(/^S-\d{4}$/);
  });

  it.skipIf(target.skip)("streaming yields every row in chunks, inside a transaction too", async () => {
    const ids: number[] = [];
    for await (const row of erp.db.selectFrom(table).select("id").orderBy("id").stream(50)) ids.push(row.id);
    expect(ids).toEqual(sortedIds);
    const counted = await erp.db.transaction().execute(async (trx) => {
      let count = 0;
      for await (const _row of trx.selectFrom(table).select("id").stream(64)) count += 1;
      return count;
    });
    expect(counted).toBe(COUNT);
  });

  it.skipIf(target.skip)("streaming reads lazily: a 216-million-row result stops after the rows read", async () => {
    // Buffering this cross join would take minutes and gigabytes; a stream reads three chunks and stops.
    const huge = erp.db
      .selectFrom(`${table} as a`)
      .innerJoin(`${table} as b`, (join) => join.onTrue())
      .innerJoin(`${table} as c`, (join) => join.onTrue())
      .select(["a.id as a", "b.id as b", "c.id as c"]);
    let read = 0;
    for await (const _row of huge.stream(1000)) {
      read += 1;
      if (read === 3000) break;
    }
    expect(read).toBe(3000);
    expect(await erp.db.selectFrom(table).select("id").where("id", "=", sortedIds[0] ?? -1).execute()).toHaveLength(1);
  });
});
