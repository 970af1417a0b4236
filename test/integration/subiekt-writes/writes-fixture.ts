import { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";

/** A small sandbox of its own with the writes over it, and the rows the write tests start from. */
export async function openWritesSandbox() {
  const sandbox = await createSandbox({ size: { ...SMALL_SANDBOX, products: 60, customers: 20, documentLines: 300 } });
  const writes = createDocumentWrites({ db: sandbox.db, dialect: "postgres" });
  const goods = await sandbox.db
    .selectFrom("tw__Towar")
    .select(["tw_Symbol", "tw_Id"])
    .where("tw_Rodzaj", "=", 1)
    .orderBy("tw_Id")
    .limit(3)
    .execute();
  const customer = await sandbox.db
    .selectFrom("kh__Kontrahent")
    .select("kh_Symbol")
    .orderBy("kh_Id")
    .executeTakeFirstOrThrow();
  const warehouses = await sandbox.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Symbol", "mag_Id", "mag_Glowny"])
    .orderBy("mag_Id")
    .execute();
  return {
    sandbox,
    writes,
    goods: goods.map((g) => ({ sku: g.tw_Symbol, id: g.tw_Id })),
    customer: customer.kh_Symbol,
    warehouses: warehouses.map((w) => ({ code: w.mag_Symbol.trim(), id: w.mag_Id, main: w.mag_Glowny })),
  };
}
