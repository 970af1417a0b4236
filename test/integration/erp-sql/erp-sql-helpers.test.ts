import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { decimal, nvarchar } from "../../../apps/agent/src/erp/sql/sql-params.ts";
import {
  items,
  LOCK_TIMEOUT_ERROR,
  shortLockTimeout,
  sortedIds,
  targets,
  useItemTable,
  type TItemDb,
} from "./erp-sql-fixture.ts";

describe.each(targets)("ERP SQL helpers on $name", (target) => {
  const fixture = useItemTable(target);
  const h = createDialectHelpers({ dialect: target.name });

  it.skipIf(target.skip)("keyset paging returns every row once, in key order", async () => {
    const { erp, table } = fixture;
    const seen: number[] = [];
    let after: number | undefined;
    for (;;) {
      const rows = await h
        .page(erp.db.selectFrom(table).select(["id", "symbol"]), { orderBy: "id", after, size: 47 })
        .execute();
      expect(rows.length).toBeLessThanOrEqual(47);
      if (rows.length === 0) break;
      seen.push(...rows.map((row) => row.id));
      after = rows.at(-1)?.id;
    }
    expect(seen).toEqual(sortedIds);
  });

  it.skipIf(target.skip)("offset paging and top return the requested slice", async () => {
    const { erp, table } = fixture;
    const slice = await h
      .offsetPage(erp.db.selectFrom(table).select("id"), { orderBy: "id", offset: 10, size: 5 })
      .execute();
    expect(slice.map((row) => row.id)).toEqual(sortedIds.slice(10, 15));
    expect(await h.top(erp.db.selectFrom(table).select("id"), { size: 3 }).execute()).toHaveLength(3);
  });

  it.skipIf(target.skip)("returning gives back inserted and updated rows, with typed parameters", async () => {
    const { erp, table } = fixture;
    const changedAt = new Date(2026, 6, 1, 10, 0, 0);
    const insert = erp.db
      .insertInto(table)
      .values({ id: 100_000, symbol: "NEW-1", qty: 1.5, active: true, changed_at: changedAt });
    expect(await h.returning(insert, ["id", "symbol", "qty", "active", "changed_at"]).execute()).toEqual([
      { id: 100_000, symbol: "NEW-1", qty: 1.5, active: true, changed_at: changedAt },
    ]);
    const update = erp.db
      .updateTable(table)
      .set({ qty: decimal(2.123456, { precision: 28, scale: 6 }) })
      .where("symbol", "=", nvarchar("NEW-1"));
    expect(await h.returning(update, ["id", "qty"]).execute()).toEqual([{ id: 100_000, qty: 2.1235 }]);
    await erp.db.deleteFrom(table).where("id", "=", 100_000).execute();
  });

  it.skipIf(target.skip)("lockForUpdate holds the row, and only that row, until the transaction ends", async () => {
    const { erp, table } = fixture;
    const [first = -1, other = -1] = sortedIds;
    const rival = createErpDb<TItemDb>({ url: fixture.url });
    const lockRow = (options: { id: number }) =>
      rival.db.transaction().execute(async (trx) => {
        await shortLockTimeout({ db: trx, dialect: erp.dialect });
        return h
          .lockForUpdate(trx.selectFrom(table).select("qty").where("id", "=", options.id))
          .executeTakeFirstOrThrow();
      });
    try {
      await erp.db.transaction().execute(async (trx) => {
        const row = await h
          .lockForUpdate(trx.selectFrom(table).select("qty").where("id", "=", first))
          .executeTakeFirstOrThrow();
        await expect(lockRow({ id: first })).rejects.toThrow(LOCK_TIMEOUT_ERROR);
        await expect(lockRow({ id: other })).resolves.toBeDefined();
        await trx
          .updateTable(table)
          .set({ qty: row.qty + 1 })
          .where("id", "=", first)
          .execute();
      });
      const original = items.find((item) => item.id === first)?.qty ?? Number.NaN;
      expect((await lockRow({ id: first })).qty).toBe(original + 1);
    } finally {
      await rival.close();
    }
  });

  it.skipIf(target.skip)("a transaction that throws leaves nothing behind; isolation levels are accepted", async () => {
    const { erp, table } = fixture;
    const failing = erp.db
      .transaction()
      .setIsolationLevel("serializable")
      .execute(async (trx) => {
        await trx
          .insertInto(table)
          .values({ id: 200_000, symbol: "GONE", qty: 0, active: false, changed_at: null })
          .execute();
        throw new Error("abandon");
      });
    await expect(failing).rejects.toThrow("abandon");
    expect(await erp.db.selectFrom(table).select("id").where("id", "=", 200_000).execute()).toEqual([]);
  });

  it.skipIf(target.skip)("now(), bit() and concat() evaluate on the server", async () => {
    const { erp, table } = fixture;
    const row = await erp.db
      .selectFrom(table)
      .select([
        h.now().as("at"),
        h.bit(true).as("yes"),
        h.concat([sql.ref<string>("symbol"), sql<string>`${"!"}`]).as("label"),
      ])
      .where("id", "=", sortedIds[0] ?? -1)
      .executeTakeFirstOrThrow();
    expect(row.at).toBeInstanceOf(Date);
    expect(row.yes).toBe(true);
    expect(row.label).toMatch(/^S-\d{4}!$/);
  });
});
