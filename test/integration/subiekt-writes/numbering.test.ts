import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOK_TYP } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-codes.ts";
import type { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { ErpWriteError } from "../../../apps/agent/src/erp/subiekt-gt/writes/write-error.ts";
import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { expectNumbersUnique, snapshotState } from "./invariants.ts";
import { openWritesSandbox } from "./writes-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
let goods: { sku: string; id: number }[];
let customer: string;
let store: { code: string; id: number };
let showroom: { code: string; id: number };
beforeAll(async () => {
  const opened = await openWritesSandbox();
  ({ sandbox, writes, goods, customer } = opened);
  const [first, second] = opened.warehouses;
  if (!first || !second) throw new Error("the sandbox has two warehouses or more");
  [store, showroom] = [first, second];
});
afterAll(async () => sandbox?.drop());

const date = new Date("2026-05-11T00:00:00Z");
const order = (key: string) => ({
  externalKey: key,
  customer: { symbol: customer },
  warehouse: store.code,
  reserve: false,
  date,
  lines: [{ product: { sku: goods[0]?.sku ?? "" }, quantity: 1, netPrice: 10 }],
});
const setting = (type: number) => sandbox.db.updateTable("nr_Parametr").where("np_Typ", "=", type);

describe("numbers from Subiekt's own settings (nr_Parametr, nr_NrRez)", () => {
  it("never repeats a number when orders are written at the same moment", async () => {
    const written = await Promise.all(Array.from({ length: 12 }, (_, i) => writes.createOrder(order(`NUM-C${i}`))));
    const numbers = written.map((w) => w.document.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.map((n) => Number(/^ZK (\d+)\/05\/2026$/.exec(n)?.[1])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    await expectNumbersUnique(sandbox.db);
  });

  it("numbers past a number Subiekt reserved in nr_NrRez", async () => {
    const last = await writes.createOrder(order("NUM-R1"));
    const nr = Number(/^ZK (\d+)\//.exec(last.document.number)?.[1]);
    // rez_Id is an IDENTITY column: the one id in these tables the database assigns itself.
    await sql`insert into "nr_NrRez" ("rez_Typ", "rez_DataWyst", "rez_Nr") values (${DOK_TYP.ZK}, ${date}, ${nr + 1})`.execute(
      sandbox.db,
    );
    const next = await writes.createOrder(order("NUM-R2"));
    expect(next.document.number).toBe(`ZK ${nr + 2}/05/2026`);
  });

  it("follows a yearly series with the warehouse part, and a monthly one turned yearly", async () => {
    const mm = await writes.createTransfer({
      externalKey: "NUM-MM",
      from: showroom.code,
      to: store.code,
      date,
      lines: [{ product: { sku: goods[1]?.sku ?? "" }, quantity: 1 }],
    });
    // The showroom's first MM of the year: its own series, printed with its symbol.
    expect(mm.document.number).toBe(`MM 1/${showroom.code}/2026`);
    await setting(DOK_TYP.ZK).set({ np_NrMiesiac: false, np_NrRok: true }).execute();
    try {
      const yearly = await writes.createOrder(order("NUM-Y1"));
      expect(yearly.document.number).toMatch(/^ZK \d+\/2026$/);
    } finally {
      await setting(DOK_TYP.ZK).set({ np_NrMiesiac: true, np_NrRok: false }).execute();
    }
  });

  it.each([
    ["np_NrSymbolUzyt", { np_NrSymbolUzyt: true }],
    ["np_NrDzien", { np_NrDzien: true }],
    ["np_NrLuka", { np_NrLuka: 1 }],
  ])("refuses a scheme it does not know (%s), naming the setting, and writes nothing", async (name, change) => {
    await setting(DOK_TYP.ZK).set(change).execute();
    try {
      const before = await snapshotState(sandbox.db);
      const error: unknown = await writes.createOrder(order(`NUM-X-${name}`)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErpWriteError);
      expect(error).toMatchObject({
        path: "numbering",
        message: expect.stringContaining(`nr_Parametr of ZK: ${name} =`),
      });
      expect(await snapshotState(sandbox.db)).toEqual(before);
    } finally {
      await setting(DOK_TYP.ZK).set({ np_NrSymbolUzyt: false, np_NrDzien: false, np_NrLuka: 0 }).execute();
    }
  });
});
