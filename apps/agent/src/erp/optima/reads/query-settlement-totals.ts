import type { Kysely } from "kysely";
import type { TSettlementTotals } from "../../subiekt-gt/reads/query-settlement-totals.ts";
import type { TOptimaDatabase } from "../schema/optima-tables.ts";

/** BZd_PodmiotTyp of a customer (CDN.Kontrahenci); employees and others have their own. */
export const SUBJECT_CUSTOMER = 1;
/** BZd_Kierunek of a receivable (income); a liability is -1. */
export const INCOME = 1;

/**
 * Per customer of `customerIds` (at most a page's worth: one parameter each), the sums of their
 * open events in Optima's payment schedule (CDN.BnkZdarzenia) as of `today` (the ERP's calendar
 * day: an event due today is not overdue), as Comarch's own filters compute them: approved
 * (BZd_Stan > 0), not wholly settled (BZd_KwotaSys <> BZd_KwotaRozSys), the open part
 * BZd_KwotaSys - BZd_KwotaRozSys signed by BZd_Kierunek. Amounts are in PLN (the ...Sys columns).
 * uncertain: BZd_Stan's values, and whether a correction that lowers a receivable is its own
 * expense event (so it counts against the balance) or lowers the corrected one.
 */
export function querySettlementTotals(options: { db: Kysely<TOptimaDatabase>; customerIds: number[]; today: Date }) {
  return options.db
    .selectFrom("CDN.BnkZdarzenia")
    .where("BZd_PodmiotTyp", "=", SUBJECT_CUSTOMER)
    .where("BZd_PodmiotID", "in", options.customerIds)
    .where("BZd_Stan", ">", 0)
    .whereRef("BZd_KwotaSys", "<>", "BZd_KwotaRozSys")
    .groupBy("BZd_PodmiotID")
    .select((eb) => {
      // In parentheses: Kysely does not add them around a nested operation, and K * S - R is not K * (S - R).
      const open = eb.parens(eb.ref("BZd_KwotaSys"), "-", eb.ref("BZd_KwotaRozSys"));
      const overdue = eb.and([eb("BZd_Kierunek", "=", INCOME), eb("BZd_Termin", "<", options.today)]);
      return [
        "BZd_PodmiotID",
        eb.fn.sum<number | string>(eb(eb.ref("BZd_Kierunek"), "*", open)).as("balance"),
        eb.fn.sum<number | string>(eb.case().when(overdue).then(open).else(0).end()).as("overdue"),
        eb.fn.min<Date | null>(eb.case().when(overdue).then(eb.ref("BZd_Termin")).end()).as("oldestOverdueDue"),
      ];
    });
}

/** The totals of the given customers; a customer without open events is absent (balance 0). */
export async function readSettlementTotals(options: {
  db: Kysely<TOptimaDatabase>;
  customerIds: number[];
  today: Date;
}): Promise<Map<number, TSettlementTotals>> {
  const totals = new Map<number, TSettlementTotals>();
  if (options.customerIds.length === 0) return totals;
  for (const row of await querySettlementTotals(options).execute()) {
    totals.set(row.BZd_PodmiotID, {
      balance: Number(row.balance),
      overdue: Number(row.overdue),
      oldestOverdueDue: row.oldestOverdueDue,
    });
  }
  return totals;
}
