import { Kysely } from "kysely";
import { createTestDatabase } from "../test/support/test-database.ts";
import { orderSandbox } from "../test/bench/bench-databases.ts";
import { createPostgresCursorDialect } from "../apps/agent/src/erp/sql/postgres-cursor-dialect.ts";
import { createSqlWriter } from "../apps/agent/src/erp/subiekt-gt/writes/sql-writer.ts";
import { divideOrderLines } from "../apps/agent/src/commands/divide-order-lines.ts";
import type { TSubiektDatabase } from "../apps/agent/src/erp/subiekt-gt/schema/database.ts";

const PRODUCTS = Number(process.env.P ?? 20000);
const database = await createTestDatabase("erp_probe_orders");
try {
  const sandbox = await orderSandbox({ url: database.url, products: PRODUCTS });
  const stocked = await sandbox.selectFrom("tw_Stan").innerJoin("tw__Towar", "tw_Id", "st_TowId").select(["tw_Symbol", "st_MagId"]).where("st_Stan", ">", 100).orderBy("tw_Id").limit(200).execute();
  const store = stocked[0]!.st_MagId;
  const all = stocked.filter((r) => r.st_MagId === store).map((r) => r.tw_Symbol); let skus = all;
  let log: { sql: string; ms: number }[] = [];
  const db = new Kysely<TSubiektDatabase>({
    dialect: createPostgresCursorDialect({ url: database.url }),
    log: (event) => void log.push({ sql: event.query.sql.slice(0, 90), ms: event.queryDurationMillis }),
  });
  const writer = createSqlWriter({ db, dialect: "postgres" });
  for (const round of [1, 2, 3]) {
    log = []; skus = all.slice((round - 1) * 20);
    const input = {
      key: `probe-${round}`,
      customer: { symbol: `PROBE${round}`, name: "Probe", email: "probe@example.pl" },
      warehouseIds: [store],
      split: false,
      reserve: true,
      lines: skus.slice(0, 20).map((sku) => ({ sku, quantity: 1, netPrice: 10 })),
      dryRun: false,
      writer: "sql" as const,
    };
    const t = performance.now();
    await writer.createOrder({ input: input as never, divide: (stock) => divideOrderLines({ lines: input.lines, warehouseIds: input.warehouseIds, split: false, reserve: true, stock }) });
    console.log(`round ${round}: ${Math.round(performance.now() - t)} ms, ${log.length} statements`);
    for (const entry of log.sort((a, b) => b.ms - a.ms).slice(0, 6)) console.log(`  ${entry.ms.toFixed(1)} ms  ${entry.sql}`);
  }
  await db.destroy();
  await sandbox.destroy();
} finally {
  await database.drop();
}
