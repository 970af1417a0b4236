import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";

type TDb = Kysely<TSubiektDatabase>;

const SALE_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Products of a sandbox worth looking up, read straight from its tables: two live ones with a
 * main EAN and an extra barcode, and a deleted one.
 */
export async function sampleProducts(db: TDb) {
  const withBarcodes = await db
    .selectFrom("tw__Towar")
    .innerJoin("tw_KodKreskowy", "kk_IdTowar", "tw_Id")
    .select(["tw_Id", "tw_Symbol", "tw_PodstKodKresk", "kk_Kod"])
    .where("tw_Usuniety", "=", false)
    .where("tw_PodstKodKresk", "<>", "")
    .orderBy("tw_Id")
    .limit(2)
    .execute();
  const deleted = await db
    .selectFrom("tw__Towar")
    .select(["tw_Id", "tw_Symbol"])
    .where("tw_Usuniety", "=", true)
    .orderBy("tw_Id")
    .executeTakeFirstOrThrow();
  const [first, second] = withBarcodes;
  if (!first || !second) throw new Error("the sandbox has two live products with extra barcodes");
  const sample = (row: typeof first) => ({
    id: row.tw_Id,
    sku: row.tw_Symbol,
    ean: row.tw_PodstKodKresk,
    barcode: row.kk_Kod,
  });
  return { first: sample(first), second: sample(second), deleted: { id: deleted.tw_Id, sku: deleted.tw_Symbol } };
}

/** What tw_Stan holds for a product, per warehouse, as a found product carries it. */
export async function stockOf(db: TDb, productId: number) {
  const rows = await db
    .selectFrom("tw_Stan")
    .selectAll()
    .where("st_TowId", "=", productId)
    .orderBy("st_MagId")
    .execute();
  return rows.map((row) => ({
    warehouseId: row.st_MagId,
    onHand: row.st_Stan,
    reserved: row.st_StanRez,
    available: row.st_Stan - row.st_StanRez,
  }));
}

/** What tw_Cena holds for a product on the sale levels that have a price. */
export async function pricesOf(db: TDb, productId: number) {
  const row = await db.selectFrom("tw_Cena").selectAll().where("tc_IdTowar", "=", productId).executeTakeFirstOrThrow();
  return SALE_LEVELS.flatMap((level) => {
    const net = row[`tc_CenaNetto${level}`];
    const gross = row[`tc_CenaBrutto${level}`];
    const currency = row[`tc_IdWaluta${level}`];
    return net === null || gross === null ? [] : [{ level, net, gross, currency: currency ?? "PLN" }];
  });
}
