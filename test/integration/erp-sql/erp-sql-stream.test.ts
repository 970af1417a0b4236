import { describe, expect, it } from "vitest";
import { ITEM_COUNT, sortedIds, targets, useItemTable } from "./erp-sql-fixture.ts";

describe.each(targets)("ERP SQL streaming on $name", (target) => {
  const fixture = useItemTable(target);

  it.skipIf(target.skip)("yields every row, in order, outside and inside a transaction", async () => {
    const { erp, table } = fixture;
    const ids: number[] = [];
    for await (const row of erp.db.selectFrom(table).select("id").orderBy("id").stream(50)) ids.push(row.id);
    expect(ids).toEqual(sortedIds);

    const inTransaction = await erp.db.transaction().execute(async (trx) => {
      const seen: number[] = [];
      for await (const row of trx.selectFrom(table).select("id").stream(64)) seen.push(row.id);
      // The transaction's connection is free again after the stream.
      await trx.deleteFrom(table).where("id", "=", -1).execute();
      return seen;
    });
    expect(inTransaction).toHaveLength(ITEM_COUNT);
  });

  it.skipIf(target.skip)("reads lazily: a 216-million-row result stops after the rows read", async () => {
    const { erp, table } = fixture;
    // Buffering this cross join would take minutes and gigabytes; a stream reads three chunks and stops.
    const huge = erp.db
      .selectFrom(`${table} as a`)
      .crossJoin(`${table} as b`)
      .crossJoin(`${table} as c`)
      .select(["a.id as a", "b.id as b", "c.id as c"]);
    const read: number[] = [];
    for await (const row of huge.stream(1000)) {
      read.push(row.c);
      if (read.length === 3000) break;
    }
    expect(read).toHaveLength(3000);
    // The connection that streamed is usable again: the query on the server was stopped, not drained.
    expect(
      await erp.db
        .selectFrom(table)
        .select("id")
        .where("id", "=", sortedIds[0] ?? -1)
        .execute(),
    ).toHaveLength(1);
  });
});
