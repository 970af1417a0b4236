import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import type { TReadOptions } from "./read-options.ts";

/** A page of promotions by pc_Id, with the columns that say what each applies to. */
export function queryPromotions(options: TReadOptions & { afterId: number | undefined }) {
  const query = options.db
    .selectFrom("dok_Promocja")
    .select(["pc_Id", "pc_Nazwa", "pc_Nieaktywna", "pc_OgraniczonaCzasowo", "pc_Od", "pc_Do", "pc_RodzajPowtorzen"])
    .select(["pc_Rabat", "pc_CenaNetto", "pc_CenaBrutto", "pc_WyborTw", "pc_TwGrId", "pc_WyborKh", "pc_KhGrId"]);
  return options.helpers.page(query, { orderBy: "dok_Promocja.pc_Id", after: options.afterId, size: options.pageSize });
}

type TScope = { listed: (promotionId: number) => number[]; inGroup: (groupId: number) => number[] };

/** Members by key, in id order (a digest of the same members is the same). */
function scopeOf(listed: { owner: number; id: number }[], grouped: { owner: number | null; id: number }[]): TScope {
  const index = (rows: { owner: number | null; id: number }[]) => {
    const map = new Map<number, number[]>();
    for (const row of rows) {
      if (row.owner === null) continue;
      const ids = map.get(row.owner) ?? [];
      ids.push(row.id);
      map.set(row.owner, ids);
    }
    for (const ids of map.values()) ids.sort((a, b) => a - b);
    return map;
  };
  const byPromotion = index(listed);
  const byGroup = index(grouped);
  return { listed: (id) => byPromotion.get(id) ?? [], inGroup: (id) => byGroup.get(id) ?? [] };
}

type TDb = Kysely<TSubiektDatabase>;

/** Goods listed in dok_PromocjaTowar for some promotions (at most a page's worth of ids: one parameter each). */
export const queryListedProducts = (db: TDb, promotionIds: number[]) =>
  db
    .selectFrom("dok_PromocjaTowar")
    .select(["pct_IdPromocja as owner", "pct_IdTowaru as id"])
    .where("pct_IdPromocja", "in", promotionIds);

/** The goods of some product groups. */
export const queryGroupProducts = (db: TDb, groupIds: number[]) =>
  db.selectFrom("tw__Towar").select(["tw_IdGrupa as owner", "tw_Id as id"]).where("tw_IdGrupa", "in", groupIds);

/** Customers listed in dok_PromocjaKontrahent for some promotions. */
export const queryListedCustomers = (db: TDb, promotionIds: number[]) =>
  db
    .selectFrom("dok_PromocjaKontrahent")
    .select(["pck_IdPromocja as owner", "pck_IdKontrahent as id"])
    .where("pck_IdPromocja", "in", promotionIds);

/** The customers of some customer groups. */
export const queryGroupCustomers = (db: TDb, groupIds: number[]) =>
  db.selectFrom("kh__Kontrahent").select(["kh_IdGrupa as owner", "kh_Id as id"]).where("kh_IdGrupa", "in", groupIds);

const unique = (ids: number[]) => [...new Set(ids)];

/** The goods and customers of a page's promotions: listed ones, and the members of the groups some cover. */
export async function queryPromotionScopes(options: {
  db: TDb;
  promotionIds: number[];
  productGroupIds: number[];
  customerGroupIds: number[];
}): Promise<{ products: TScope; customers: TScope }> {
  const { db, promotionIds } = options;
  const productGroups = unique(options.productGroupIds);
  const customerGroups = unique(options.customerGroupIds);
  const none = Promise.resolve([]);
  const [listedProducts, groupProducts, listedCustomers, groupCustomers] = await Promise.all([
    promotionIds.length ? queryListedProducts(db, promotionIds).execute() : none,
    productGroups.length ? queryGroupProducts(db, productGroups).execute() : none,
    promotionIds.length ? queryListedCustomers(db, promotionIds).execute() : none,
    customerGroups.length ? queryGroupCustomers(db, customerGroups).execute() : none,
  ]);
  return {
    products: scopeOf(listedProducts, groupProducts),
    customers: scopeOf(listedCustomers, groupCustomers),
  };
}
