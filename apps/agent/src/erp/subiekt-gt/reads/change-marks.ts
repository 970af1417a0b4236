import { sql, type Kysely } from "kysely";
import type { TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import type { TChangeMark } from "./cursor-codec.ts";

const at = sql.ref("tw_ZmianaTw.twz_CzasModyf");
const product = sql.ref("tw_ZmianaTw.twz_TowarId");
const nr = sql.ref("tw_ZmianaTw.twz_NrZmiany");

/**
 * Markers strictly after `mark` in (twz_CzasModyf, twz_TowarId, twz_NrZmiany) order. Spelled out
 * with or/and rather than a row comparison, which SQL Server lacks.
 */
export function afterMark(mark: TChangeMark) {
  const time = new Date(mark.at);
  return sql<boolean>`(${at} > ${time} or (${at} = ${time} and (${product} > ${mark.productId} or (${product} = ${mark.productId} and ${nr} > ${mark.nr}))))`;
}

/** The newest marker: a full scan records it first, so changes made during the scan are read after it. */
export function queryLatestMark(options: { db: Kysely<TSubiektDatabase>; helpers: TDialectHelpers }) {
  const query = options.db
    .selectFrom("tw_ZmianaTw")
    .select(["twz_CzasModyf", "twz_TowarId", "twz_NrZmiany"])
    .orderBy("twz_CzasModyf", "desc")
    .orderBy("twz_TowarId", "desc")
    .orderBy("twz_NrZmiany", "desc");
  return options.helpers.top(query, { size: 1 });
}

export function markOf(row: { twz_CzasModyf: Date; twz_TowarId: number; twz_NrZmiany: number }): TChangeMark {
  return { at: row.twz_CzasModyf.toISOString(), productId: row.twz_TowarId, nr: row.twz_NrZmiany };
}
