/**
 * Builds an ERP sandbox: a PostgreSQL database laid out like Subiekt GT's, filled with a
 * deterministic company. Prints one JSON line: rows per table and seconds taken.
 *   npx tsx apps/agent/src/erp/subiekt-gt/sandbox/main.ts --url postgres://... [--create-database]
 *     [--seed 1] [--products 10000] [--price-levels 10] [--warehouses 5] [--customers 5000]
 *     [--years 3] [--document-lines 100000] [--until YYYY-MM-DD]
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { z } from "zod";
import { createSandboxIndexes } from "./create-sandbox-indexes.ts";
import { createSandboxSchema } from "./create-sandbox-schema.ts";
import { generateSandboxData } from "./generate-sandbox-data.ts";
import { openSandbox } from "./open-sandbox.ts";

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const ZOptions = z.object({
  url: z.url({ protocol: /^postgres(ql)?$/ }),
  "create-database": z.boolean().default(false),
  seed: count(1),
  products: count(10_000),
  "price-levels": z.coerce.number().int().min(1).max(10).default(10),
  warehouses: z.coerce.number().int().min(3).max(9).default(5),
  customers: count(5_000),
  years: z.coerce.number().positive().max(20).default(3),
  "document-lines": count(100_000),
  until: z.iso.date().optional(),
});

const started = performance.now();
const { values } = parseArgs({
  options: Object.fromEntries(
    Object.keys(ZOptions.shape).map((name) => [name, { type: name === "create-database" ? "boolean" : "string" }]),
  ),
});
const parsed = ZOptions.safeParse(values);
if (!parsed.success) {
  console.error(`erp:sandbox: ${z.prettifyError(parsed.error).replaceAll("\n", " ")}`);
  process.exit(1);
}
const options = parsed.data;
if (options["create-database"]) await createDatabase({ url: options.url });
const db = openSandbox({ url: options.url });
try {
  await createSandboxSchema({ db });
  const rows = await generateSandboxData({
    db,
    seed: options.seed,
    products: options.products,
    priceLevels: options["price-levels"],
    warehouses: options.warehouses,
    customers: options.customers,
    years: options.years,
    documentLines: options["document-lines"],
    until: options.until ? new Date(`${options.until}T00:00:00Z`) : new Date(),
  });
  await createSandboxIndexes({ db });
  await sql`analyze`.execute(db);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(JSON.stringify({ database: new URL(options.url).pathname.slice(1), seed: options.seed, rows, seconds }));
} finally {
  await db.destroy();
}

/** Creates the URL's database through the server's `postgres` database. */
async function createDatabase(options: { url: string }): Promise<void> {
  const target = new URL(options.url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(options.url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
