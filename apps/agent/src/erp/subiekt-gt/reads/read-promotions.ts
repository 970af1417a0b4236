import { createHash } from "node:crypto";
import { z } from "zod";
import type { TPromotion, TReadPage } from "@erp-bridge/shared";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";
import { queryPromotions, queryPromotionScopes } from "./query-promotions.ts";

const KIND = "promotions";
/** Digests by promotion id: of the last whole pass, and of this pass so far. */
const ZState = z.object({
  afterId: z.number().int().nullable(),
  previous: z.record(z.string(), z.number()),
  current: z.record(z.string(), z.number()),
});

type TPromotionRow = Awaited<ReturnType<ReturnType<typeof queryPromotions>["execute"]>>[number];

/**
 * Promotions have no change marker, so each pass reads dok_Promocja whole (they are few) with the
 * goods and customers each covers, and returns only the promotions whose digest differs from the
 * previous pass's, plus those gone since, as inactive. The digests ride in the cursor, like
 * stock's. A first pass (no cursor) returns every promotion.
 * uncertain (see schema/promotions.ts): which columns make a promotion apply, and to what.
 */
export async function readPromotions(options: TReadOptions): Promise<TReadPage<TPromotion>> {
  const size = checkPageSize(options.pageSize);
  const state = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? {
    afterId: null,
    previous: {},
    current: {},
  };
  const rows = await queryPromotions({ ...options, pageSize: size, afterId: state.afterId ?? undefined }).execute();
  const promotions = await withScope({ options, rows });
  const current = { ...state.current };
  const changed: TPromotion[] = [];
  for (const promotion of promotions) {
    const digest = digestOf(promotion);
    current[promotion.id] = digest;
    if (state.previous[promotion.id] !== digest) changed.push(promotion);
  }
  const done = rows.length < size;
  if (!done) {
    const afterId = rows.at(-1)?.pc_Id ?? null;
    return { rows: changed, cursor: encodeCursor({ kind: KIND, state: { ...state, afterId, current } }), done };
  }
  const gone = Object.keys(state.previous).filter((id) => !(id in current));
  return {
    rows: [...changed, ...gone.map((id) => inactive(Number(id)))],
    cursor: encodeCursor({ kind: KIND, state: { afterId: null, previous: current, current: {} } }),
    done,
  };
}

async function withScope(options: { options: TReadOptions; rows: TPromotionRow[] }): Promise<TPromotion[]> {
  const { products, customers } = await queryPromotionScopes({
    db: options.options.db,
    promotionIds: options.rows.map((row) => row.pc_Id),
    productGroupIds: options.rows.flatMap((row) => (!row.pc_WyborTw && row.pc_TwGrId !== null ? [row.pc_TwGrId] : [])),
    customerGroupIds: options.rows.flatMap((row) => (!row.pc_WyborKh && row.pc_KhGrId !== null ? [row.pc_KhGrId] : [])),
  });
  return options.rows.map((row) => {
    const applies = !row.pc_Nieaktywna && row.pc_RodzajPowtorzen === 0;
    if (!applies) return inactive(row.pc_Id, row.pc_Nazwa);
    const limited = row.pc_OgraniczonaCzasowo;
    return {
      id: row.pc_Id,
      name: row.pc_Nazwa?.trim() ?? "",
      active: true,
      validFrom: limited ? dayOf(row.pc_Od) : null,
      validTo: limited ? dayOf(row.pc_Do) : null,
      discountPercent: row.pc_CenaNetto === null && row.pc_CenaBrutto === null ? (row.pc_Rabat ?? 0) : null,
      priceNet: row.pc_CenaNetto,
      priceGross: row.pc_CenaBrutto,
      productIds: row.pc_WyborTw
        ? products.listed(row.pc_Id)
        : row.pc_TwGrId === null
          ? null
          : products.inGroup(row.pc_TwGrId),
      customerIds: row.pc_WyborKh
        ? customers.listed(row.pc_Id)
        : row.pc_KhGrId === null
          ? null
          : customers.inGroup(row.pc_KhGrId),
    };
  });
}

function inactive(id: number, name: string | null = ""): TPromotion {
  return {
    id,
    name: name?.trim() ?? "",
    active: false,
    validFrom: null,
    validTo: null,
    discountPercent: null,
    priceNet: null,
    priceGross: null,
    productIds: [],
    customerIds: [],
  };
}

const dayOf = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

function digestOf(promotion: TPromotion): number {
  return createHash("sha1").update(JSON.stringify(promotion)).digest().readUInt32LE(0);
}
