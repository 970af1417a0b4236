import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, SMALL_SANDBOX } from "./sandbox-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: { ...SMALL_SANDBOX, products: 50, customers: 20, documentLines: 200 } });
});
afterAll(async () => sandbox?.drop());

describe("spIdentyfikator", () => {
  it("hands concurrent callers increasing, non-overlapping id ranges past existing rows", async () => {
    const before = await sandbox.db
      .selectFrom("dok__Dokument")
      .select((eb) => eb.fn.max("dok_Id").as("max"))
      .executeTakeFirst();
    const callers = 8;
    const callsEach = 25;
    const ranges = await Promise.all(
      Array.from({ length: callers }, (_, caller) =>
        sandbox.db.transaction().execute(async (tx) => {
          const mine: { first: number; count: number }[] = [];
          for (let call = 0; call < callsEach; call++) {
            const count = 1 + ((caller + call) % 5);
            const { rows } = await sql<{
              first: number;
            }>`select "spIdentyfikator"('dok__Dokument', ${count}) as first`.execute(tx);
            mine.push({ first: rows[0]?.first ?? 0, count });
          }
          return mine;
        }),
      ),
    );
    for (const mine of ranges) {
      for (let i = 1; i < mine.length; i++) expect(mine[i]?.first).toBeGreaterThan(mine[i - 1]?.first ?? 0);
    }
    const all = ranges.flat().sort((a, b) => a.first - b.first);
    expect(all[0]?.first).toBeGreaterThan(before?.max ?? 0);
    for (let i = 1; i < all.length; i++) {
      const previous = all[i - 1];
      expect(all[i]?.first).toBe((previous?.first ?? 0) + (previous?.count ?? 0));
    }
    const ident = await sandbox.db
      .selectFrom("ins_ident")
      .select("ido_wartosc")
      .where("ido_nazwa", "=", "dok__Dokument")
      .executeTakeFirstOrThrow();
    const last = all.at(-1);
    expect(ident.ido_wartosc).toBe((last?.first ?? 0) + (last?.count ?? 0));
  });

  it("starts a counter for a table it has not seen and refuses an empty range", async () => {
    const { rows } = await sql<{ first: number }>`select "spIdentyfikator"('tw_NowaTabela', 3) as first`.execute(
      sandbox.db,
    );
    expect(rows[0]?.first).toBe(1);
    await expect(sql`select "spIdentyfikator"('tw_NowaTabela', 0)`.execute(sandbox.db)).rejects.toThrow(/at least 1/);
  });
});
