import type { TChangeMark } from "./cursor-codec.ts";
import { afterMark } from "./change-marks.ts";
import type { TReadOptions } from "./read-options.ts";

type TDb = Pick<TReadOptions, "db" | "helpers">;

/** uncertain: tw_Rodzaj 1 is goods, as the order writes assume; services and sets are not sample goods. */
const GOODS = 1;

/** Products with their group and sale VAT rate: the select list both product queries share. */
function selectProducts(options: TDb) {
  return options.db
    .selectFrom("tw__Towar")
    .innerJoin("sl_StawkaVAT", "sl_StawkaVAT.vat_Id", "tw__Towar.tw_IdVatSp")
    .leftJoin("sl_GrupaTw", "sl_GrupaTw.grt_Id", "tw__Towar.tw_IdGrupa")
    .select([
      "tw__Towar.tw_Id as productId",
      "tw__Towar.tw_Symbol",
      "tw__Towar.tw_Nazwa",
      "tw__Towar.tw_Opis",
      "tw__Towar.tw_Rodzaj",
      "tw__Towar.tw_PodstKodKresk",
      "tw__Towar.tw_JednMiary",
      "tw__Towar.tw_Masa",
      "tw__Towar.tw_IdGrupa",
      "sl_GrupaTw.grt_Nazwa",
      "sl_StawkaVAT.vat_Id",
      "sl_StawkaVAT.vat_Stawka",
      "tw__Towar.tw_Pole1",
      "tw__Towar.tw_Pole2",
      "tw__Towar.tw_Pole3",
      "tw__Towar.tw_Pole4",
      "tw__Towar.tw_Pole5",
      "tw__Towar.tw_Pole6",
      "tw__Towar.tw_Pole7",
      "tw__Towar.tw_Pole8",
      "tw__Towar.tw_SklepInternet",
      "tw__Towar.tw_Usuniety",
      "tw__Towar.tw_Zablokowany",
    ]);
}

/** A keyset page of products by tw_Id: the full scan, and new products after the highest id seen. */
export function queryProductScan(options: TDb & { afterId: number | null; size: number }) {
  return options.helpers.page(selectProducts(options), {
    orderBy: "tw__Towar.tw_Id",
    after: options.afterId ?? undefined,
    size: options.size,
  });
}

/** Products with a change marker after `mark`, once per marker, in marker order. */
export function queryProductChanges(options: TDb & { mark: TChangeMark | null; size: number }) {
  const joined = selectProducts(options)
    .innerJoin("tw_ZmianaTw", "tw_ZmianaTw.twz_TowarId", "tw__Towar.tw_Id")
    .select(["tw_ZmianaTw.twz_CzasModyf", "tw_ZmianaTw.twz_TowarId", "tw_ZmianaTw.twz_NrZmiany"]);
  const after = options.mark ? joined.where(afterMark(options.mark)) : joined;
  const ordered = after
    .orderBy("tw_ZmianaTw.twz_CzasModyf")
    .orderBy("tw_ZmianaTw.twz_TowarId")
    .orderBy("tw_ZmianaTw.twz_NrZmiany");
  return options.helpers.top(ordered, { size: options.size });
}

/**
 * At most `size` products whose SKU is one of `codes`, or (by "ean") whose main EAN or an extra
 * barcode is. On SQL Server the columns' collation decides case (usually insensitive).
 */
export function queryProductsByCode(options: TDb & { by: "sku" | "ean"; codes: readonly string[]; size: number }) {
  const products = selectProducts(options);
  const matching =
    options.by === "sku"
      ? products.where("tw__Towar.tw_Symbol", "in", options.codes)
      : products.where((eb) =>
          eb.or([
            eb("tw__Towar.tw_PodstKodKresk", "in", options.codes),
            eb(
              "tw__Towar.tw_Id",
              "in",
              eb
                .selectFrom("tw_KodKreskowy")
                .select("tw_KodKreskowy.kk_IdTowar")
                .where("tw_KodKreskowy.kk_Kod", "in", options.codes),
            ),
          ]),
        );
  return options.helpers.top(matching.orderBy("tw__Towar.tw_Id"), { size: options.size });
}

/** The units of a page's products (tw_JednMiary rows), in row order. */
export function queryProductUnits(options: TDb & { productIds: readonly number[] }) {
  return options.db
    .selectFrom("tw_JednMiary")
    .select(["jm_IdTowar", "jm_IdJednMiary", "jm_Przelicznik"])
    .where("jm_IdTowar", "in", options.productIds)
    .orderBy("jm_IdTowar")
    .orderBy("jm_Id");
}

/** Extra barcodes of a page's products. */
export function queryBarcodes(options: TDb & { productIds: readonly number[] }) {
  return options.db
    .selectFrom("tw_KodKreskowy")
    .select(["kk_IdTowar", "kk_Kod"])
    .where("kk_IdTowar", "in", options.productIds)
    .orderBy("kk_IdTowar")
    .orderBy("kk_Id");
}

/**
 * At most `size` sellable goods (not services, not deleted or blocked) whose symbol, name, main
 * EAN or an extra barcode contains `text`, by symbol. Without `text`: goods with stock available
 * in `warehouseIds` (any warehouse when empty), by id, as suggestions.
 */
export function queryProductSearch(options: TDb & { text: string; warehouseIds: readonly number[]; size: number }) {
  const { helpers } = options;
  const sellable = options.db
    .selectFrom("tw__Towar")
    .innerJoin("sl_StawkaVAT", "sl_StawkaVAT.vat_Id", "tw__Towar.tw_IdVatSp")
    .select([
      "tw__Towar.tw_Id as productId",
      "tw__Towar.tw_Symbol",
      "tw__Towar.tw_Nazwa",
      "tw__Towar.tw_PodstKodKresk",
      "tw__Towar.tw_JednMiary",
      "sl_StawkaVAT.vat_Stawka",
    ])
    .where("tw__Towar.tw_Rodzaj", "=", GOODS)
    .where("tw__Towar.tw_Usuniety", "=", false)
    .where("tw__Towar.tw_Zablokowany", "=", false);
  if (options.text === "") {
    const positive = options.db
      .selectFrom("tw_Stan")
      .select("tw_Stan.st_TowId")
      .whereRef("tw_Stan.st_Stan", ">", "tw_Stan.st_StanRez");
    const counted =
      options.warehouseIds.length === 0 ? positive : positive.where("tw_Stan.st_MagId", "in", options.warehouseIds);
    const inStock = sellable.where("tw__Towar.tw_Id", "in", counted);
    return helpers.top(inStock.orderBy("tw__Towar.tw_Id"), { size: options.size });
  }
  const matching = sellable.where((eb) =>
    eb.or([
      helpers.contains("tw__Towar.tw_Symbol", options.text),
      helpers.contains("tw__Towar.tw_Nazwa", options.text),
      helpers.contains("tw__Towar.tw_PodstKodKresk", options.text),
      eb(
        "tw__Towar.tw_Id",
        "in",
        eb
          .selectFrom("tw_KodKreskowy")
          .select("tw_KodKreskowy.kk_IdTowar")
          .where(helpers.contains("tw_KodKreskowy.kk_Kod", options.text)),
      ),
    ]),
  );
  return helpers.top(matching.orderBy("tw__Towar.tw_Symbol").orderBy("tw__Towar.tw_Id"), { size: options.size });
}
