import type { TChangeMark } from "./cursor-codec.ts";
import { afterMark } from "./change-marks.ts";
import type { TReadOptions } from "./read-options.ts";

type TDb = Pick<TReadOptions, "db" | "helpers">;

/** Net, gross and currency of the sale levels 1..10 (level 0, the purchase price, stays in the ERP). */
function selectPrices(options: TDb) {
  return options.db
    .selectFrom("tw_Cena")
    .select(["tw_Cena.tc_IdTowar as productId"])
    .select(["tc_CenaNetto1", "tc_CenaNetto2", "tc_CenaNetto3", "tc_CenaNetto4", "tc_CenaNetto5"])
    .select(["tc_CenaNetto6", "tc_CenaNetto7", "tc_CenaNetto8", "tc_CenaNetto9", "tc_CenaNetto10"])
    .select(["tc_CenaBrutto1", "tc_CenaBrutto2", "tc_CenaBrutto3", "tc_CenaBrutto4", "tc_CenaBrutto5"])
    .select(["tc_CenaBrutto6", "tc_CenaBrutto7", "tc_CenaBrutto8", "tc_CenaBrutto9", "tc_CenaBrutto10"])
    .select(["tc_IdWaluta1", "tc_IdWaluta2", "tc_IdWaluta3", "tc_IdWaluta4", "tc_IdWaluta5"])
    .select(["tc_IdWaluta6", "tc_IdWaluta7", "tc_IdWaluta8", "tc_IdWaluta9", "tc_IdWaluta10"]);
}

/** A keyset page of price rows (one per product) by product id. */
export function queryPriceScan(options: TDb & { afterId: number | null; size: number }) {
  return options.helpers.page(selectPrices(options), {
    orderBy: "tw_Cena.tc_IdTowar",
    after: options.afterId ?? undefined,
    size: options.size,
  });
}

/** The price rows of a few products. */
export function queryPricesOf(options: TDb & { productIds: readonly number[] }) {
  return selectPrices(options).where("tw_Cena.tc_IdTowar", "in", options.productIds).orderBy("tw_Cena.tc_IdTowar");
}

/**
 * Price rows of products with a change marker after `mark`.
 * uncertain: that Subiekt writes a tw_ZmianaTw marker when only a price changes.
 */
export function queryPriceChanges(options: TDb & { mark: TChangeMark | null; size: number }) {
  const joined = selectPrices(options)
    .innerJoin("tw_ZmianaTw", "tw_ZmianaTw.twz_TowarId", "tw_Cena.tc_IdTowar")
    .select(["tw_ZmianaTw.twz_CzasModyf", "tw_ZmianaTw.twz_TowarId", "tw_ZmianaTw.twz_NrZmiany"]);
  const after = options.mark ? joined.where(afterMark(options.mark)) : joined;
  const ordered = after
    .orderBy("tw_ZmianaTw.twz_CzasModyf")
    .orderBy("tw_ZmianaTw.twz_TowarId")
    .orderBy("tw_ZmianaTw.twz_NrZmiany");
  return options.helpers.top(ordered, { size: options.size });
}
