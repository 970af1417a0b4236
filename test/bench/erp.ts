/**
 * npm run bench:erp — prints one JSON document.
 *
 * Builds an ERP sandbox with 100k products, 10 price levels and 5 warehouses (the seeded
 * generator, in a child process), then times a full streaming read of products, prices and stock through the Subiekt
 * GT reads, page by page, discarding rows as a sync run hands them on. RSS is sampled every 100 ms.
 * Targets: >= 20k products/s, peak RSS < 200 MB.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { TReadPage, TReadRequest } from "@erp-bridge/shared";
import { createDialectHelpers } from "../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { createSubiektReads } from "../../apps/agent/src/erp/subiekt-gt/subiekt-reads.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { round } from "./stats.ts";

const execFileAsync = promisify(execFile);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const PAGE_SIZE = Number(process.env.BENCH_PAGE_SIZE ?? 2000);

let peakRss = 0;

const database = await createTestDatabase("erp_bench");
const db = openSandbox({ url: database.url });
try {
  const generated = performance.now();
  // In a child process, so the generator's memory does not count against the reads' RSS.
  await execFileAsync(process.execPath, [
    "--import",
    "tsx",
    "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
    ...["--url", database.url, "--seed", "1", "--products", String(PRODUCTS), "--price-levels", "10"],
    ...["--warehouses", "5", "--customers", "100", "--years", "1", "--document-lines", "1000"],
    ...["--until", "2026-03-15"],
  ]);
  const generateSeconds = (performance.now() - generated) / 1000;

  const reads = createSubiektReads({ db, helpers: createDialectHelpers({ dialect: "postgres" }) });
  const startRss = process.memoryUsage().rss;
  peakRss = startRss;
  let atPeak = process.memoryUsage();
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    if (memory.rss > peakRss) [peakRss, atPeak] = [memory.rss, memory];
  }, 100);
  const started = performance.now();
  const products = await drain({ read: reads.products });
  const prices = await drain({ read: reads.prices });
  const stock = await drain({ read: reads.stock });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    JSON.stringify(
      {
        sandbox: { products: PRODUCTS, priceLevels: 10, warehouses: 5, generateSeconds: round(generateSeconds) },
        pageSize: PAGE_SIZE,
        products: { ...products, rowsPerSecond: Math.round(products.rows / products.seconds), target: 20_000 },
        prices: { ...prices, rowsPerSecond: Math.round(prices.rows / prices.seconds) },
        stock: { ...stock, rowsPerSecond: Math.round(stock.rows / stock.seconds) },
        total: { rows: products.rows + prices.rows + stock.rows, seconds: round(seconds) },
        rssAtReadStartMb: mb(startRss),
        peakRssMb: mb(peakRss),
        // Live heap vs what V8 has reserved at the peak: the gap is young-generation sizing, not rows held.
        heapAtPeakMb: { used: mb(atPeak.heapUsed), total: mb(atPeak.heapTotal) },
        targetRssMb: 200,
      },
      null,
      2,
    ),
  );
} finally {
  await db.destroy();
  await database.drop();
}

/** One full read, page by page; rows are counted and dropped. */
async function drain<T>(options: { read: (request: TReadRequest) => Promise<TReadPage<T>> }) {
  const started = performance.now();
  let cursor: string | null = null;
  let rows = 0;
  let pages = 0;
  for (;;) {
    const page: TReadPage<T> = await options.read({ cursor, pageSize: PAGE_SIZE });
    rows += page.rows.length;
    pages += 1;
    cursor = page.cursor;
    if (page.done) break;
  }
  const seconds = round((performance.now() - started) / 1000);
  return { rows, pages, seconds, cursorBytes: cursor?.length ?? 0, peakRssSoFarMb: mb(peakRss) };
}

function mb(bytes: number): number {
  return round(bytes / 1024 / 1024);
}
