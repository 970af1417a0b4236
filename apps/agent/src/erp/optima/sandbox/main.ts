/**
 * Builds a Comarch ERP Optima sandbox: a PostgreSQL database with the CDN tables the connector
 * reads, filled with a deterministic company. Prints one JSON line: rows per table.
 *   npx tsx apps/agent/src/erp/optima/sandbox/main.ts --url postgres://... [--seed 19] [--products 300]
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { erpWallClock } from "../../time/erp-clock.ts";
import { createOptimaIndexes, createOptimaSchema } from "./create-optima-schema.ts";
import { generateOptimaData, SMALL_OPTIMA_SIZE } from "./generate-optima-data.ts";
import { openOptimaSandbox } from "./open-optima-sandbox.ts";

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const ZOptions = z.object({
  url: z.url({ protocol: /^postgres(ql)?$/ }),
  seed: count(SMALL_OPTIMA_SIZE.seed),
  products: count(SMALL_OPTIMA_SIZE.products),
  customers: count(SMALL_OPTIMA_SIZE.customers),
  documents: count(SMALL_OPTIMA_SIZE.documents),
});
const { values } = parseArgs({
  options: Object.fromEntries(Object.keys(ZOptions.shape).map((name) => [name, { type: "string" as const }])),
});
const parsed = ZOptions.safeParse(values);
if (!parsed.success) {
  console.error(`optima sandbox: ${z.prettifyError(parsed.error).replaceAll("\n", " ")}`);
  process.exit(1);
}
const wall = erpWallClock(new Date());
const today = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
const db = openOptimaSandbox({ url: parsed.data.url });
try {
  await createOptimaSchema({ db });
  const rows = await generateOptimaData({ db, ...SMALL_OPTIMA_SIZE, ...parsed.data, today });
  await createOptimaIndexes({ db });
  console.log(JSON.stringify({ database: new URL(parsed.data.url).pathname.slice(1), rows }));
} finally {
  await db.destroy();
}
