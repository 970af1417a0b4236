import { ZErpReadPage, ZErpReadResult, ZProduct } from "@erp-bridge/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_PAYLOAD_BYTES } from "../../../apps/agent/src/commands/define-command.ts";
import { COMMAND_HANDLERS } from "../../../apps/agent/src/commands/registry.ts";
import type { TErpConnector } from "../../../apps/agent/src/erp/erp-connector.ts";
import { createSubiektConnector } from "../../../apps/agent/src/erp/subiekt-gt/subiekt-connector.ts";
import { createLogger } from "../../../apps/agent/src/log.ts";
import { createSandbox, SMALL_SANDBOX } from "./sandbox-fixture.ts";

/**
 * erp.read of products too wide for pageSize rows in one frame (every text field full of Polish
 * letters, two UTF-8 bytes each, and extra barcodes): the agent's command over the real Subiekt
 * connector and sandbox, pages checked as they would go on the wire.
 */
let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let erp: TErpConnector;
beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
  erp = createSubiektConnector({ erpUrl: sandbox.url, sfera: undefined, log: createLogger({ level: "error" }) });
  const full = (letter: string, length: number) => sql.lit(letter.repeat(length));
  await sql`update "tw__Towar" set "tw_Nazwa" = ${full("ż", 50)}, "tw_Opis" = ${full("ą", 255)},
    "tw_Pole1" = ${full("ś", 50)}, "tw_Pole2" = ${full("ć", 50)}, "tw_Pole3" = ${full("ę", 50)},
    "tw_Pole4" = ${full("ł", 50)}, "tw_Pole5" = ${full("ó", 50)}, "tw_Pole6" = ${full("ń", 50)},
    "tw_Pole7" = ${full("ź", 50)}, "tw_Pole8" = ${full("Ż", 50)}`.execute(sandbox.db);
  await addBarcodes({ perProduct: 150, prefix: "1" });
}, 120_000);
afterAll(async () => sandbox?.drop());

/** `perProduct` more 20-digit barcodes on every product (or on one), starting with `prefix`. */
async function addBarcodes(options: { perProduct: number; prefix: string; productId?: number }) {
  await sql`insert into "tw_KodKreskowy" ("kk_Id", "kk_IdTowar", "kk_Kod")
    select (select coalesce(max("kk_Id"), 0) from "tw_KodKreskowy") + row_number() over (), t."tw_Id", ${options.prefix} || lpad(n::text, 19, '0')
    from "tw__Towar" t, generate_series(1, ${options.perProduct}) n
    where ${options.productId ?? null}::int is null or t."tw_Id" = ${options.productId ?? null}::int`.execute(
    sandbox.db,
  );
}

const ZPage = ZErpReadPage.safeExtend({ rows: z.array(ZProduct) });

async function readProducts(options: { pageSize: number; resumeFromPage: number; cursor?: string | null }) {
  const prepared = COMMAND_HANDLERS["erp.read"].prepare({
    resource: "products",
    cursor: options.cursor ?? null,
    pageSize: options.pageSize,
    maxPages: 100,
  });
  if (!prepared.ok) throw new Error(prepared.message);
  const pages: { bytes: number; page: z.infer<typeof ZPage> }[] = [];
  const result = await prepared.run({
    erp,
    signal: new AbortController().signal,
    resumeFromPage: options.resumeFromPage,
    emitPage: (data) => {
      pages.push({ bytes: Buffer.byteLength(JSON.stringify(data)), page: ZPage.parse(data) });
      return Promise.resolve();
    },
  });
  return { pages, result: ZErpReadResult.parse(result) };
}

describe("erp.read: a page too big for one frame is read again with fewer rows", () => {
  it("sends every product once, in order, in pages that each fit a frame, and resumes on the same pages", async () => {
    const { rows: ids } = await sql<{ id: number }>`select "tw_Id" as id from "tw__Towar" order by 1`.execute(
      sandbox.db,
    );
    const read = await readProducts({ pageSize: SMALL_SANDBOX.products, resumeFromPage: 0 });

    // One page of all products would be well over a frame: the read had to cut.
    expect(read.pages.length).toBeGreaterThan(1);
    for (const { bytes } of read.pages) expect(bytes).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(read.pages.map(({ page }) => page.seq)).toEqual(read.pages.map((_, index) => index));
    expect(read.pages.flatMap(({ page }) => page.rows.map((row) => row.id))).toEqual(ids.map((row) => row.id));
    expect(read.result).toMatchObject({ rows: ids.length, pages: read.pages.length, done: true });
    expect(read.result.cursor).toBe(read.pages.at(-1)?.page.cursor);

    // After a reconnect the agent skips the pages the portal holds: the rest must be the same pages.
    const resumed = await readProducts({ pageSize: SMALL_SANDBOX.products, resumeFromPage: 1 });
    expect(resumed.pages.map(({ page }) => page)).toEqual(read.pages.slice(1).map(({ page }) => page));
    expect(resumed.result).toEqual(read.result);

    // The final cursor is exact: nothing more to read from it.
    const after = await readProducts({
      pageSize: SMALL_SANDBOX.products,
      resumeFromPage: 0,
      cursor: read.result.cursor,
    });
    expect(after.pages.flatMap(({ page }) => page.rows)).toEqual([]);
  });

  it("a product that alone is over a frame fails naming the resource and its id", async () => {
    await addBarcodes({ perProduct: 50_000, prefix: "2", productId: 7 });
    await expect(readProducts({ pageSize: 100, resumeFromPage: 0 })).rejects.toThrow(
      /erp\.read products: row id 7 alone is \d+ bytes, over one frame/,
    );
  });
});
