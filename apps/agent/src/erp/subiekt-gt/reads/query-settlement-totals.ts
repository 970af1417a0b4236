import type { Kysely } from "kysely";
import type { TCustomer } from "@erp-bridge/shared";
import type { TSubiektDatabase } from "../schema/database.ts";
import { SETTLEMENT_OF_CUSTOMER, SETTLEMENT_TYPE } from "../schema/settlements.ts";

export type TSettlementTotals = {
  /** Open receivables less open liabilities, in PLN: positive when the customer owes the company. */
  balance: number;
  /** Open receivables whose due date has passed, in PLN. */
  overdue: number;
  /** The earliest due date among them (the ERP's calendar day), null when nothing is overdue. */
  oldestOverdueDue: Date | null;
};

const roundToGrosz = (amount: number) => Math.round(amount * 100) / 100;

/** A customer's settlement fields from their totals (none: nothing open), the same for every connector. */
export function settlementFields(
  totals: TSettlementTotals | undefined,
): Pick<TCustomer, "balance" | "overdueAmount" | "oldestOverdueDueDate"> {
  return {
    balance: roundToGrosz(totals?.balance ?? 0),
    overdueAmount: roundToGrosz(totals?.overdue ?? 0),
    oldestOverdueDueDate: totals?.oldestOverdueDue?.toISOString().slice(0, 10) ?? null,
  };
}

/**
 * Per customer of `customerIds` (at most a page's worth: one parameter each), the sums of their
 * open settlements as of `today` (the ERP's calendar day: a settlement due today is not overdue).
 * uncertain: an open settlement is one with nzf_Wartosc <> 0 (the remaining amount); nzf_Status
 * is not trusted for it. Amounts are PLN (nzf_Wartosc, not the ...Waluta column): a settlement in
 * a foreign currency counts at the rate Subiekt recorded.
 */
export function querySettlementTotals(options: { db: Kysely<TSubiektDatabase>; customerIds: number[]; today: Date }) {
  const { RECEIVABLE, LIABILITY } = SETTLEMENT_TYPE;
  return options.db
    .selectFrom("nz__Finanse")
    .where("nzf_TypObiektu", "=", SETTLEMENT_OF_CUSTOMER)
    .where("nzf_IdObiektu", "in", options.customerIds)
    .where("nzf_Typ", "in", [RECEIVABLE, LIABILITY])
    .where("nzf_Wartosc", "<>", 0)
    .groupBy("nzf_IdObiektu")
    .select((eb) => {
      const overdue = eb.and([eb("nzf_Typ", "=", RECEIVABLE), eb("nzf_TerminPlatnosci", "<", options.today)]);
      return [
        "nzf_IdObiektu",
        eb.fn
          .sum<number>(
            eb
              .case()
              .when("nzf_Typ", "=", RECEIVABLE)
              .then(eb.ref("nzf_Wartosc"))
              .else(eb.neg(eb.ref("nzf_Wartosc")))
              .end(),
          )
          .as("balance"),
        eb.fn.sum<number>(eb.case().when(overdue).then(eb.ref("nzf_Wartosc")).else(0).end()).as("overdue"),
        eb.fn
          .min<Date | null>(eb.case().when(overdue).then(eb.ref("nzf_TerminPlatnosci")).end())
          .as("oldestOverdueDue"),
      ];
    });
}

/** The totals of the given customers; a customer without open settlements is absent (balance 0). */
export async function readSettlementTotals(options: {
  db: Kysely<TSubiektDatabase>;
  customerIds: number[];
  today: Date;
}): Promise<Map<number, TSettlementTotals>> {
  const totals = new Map<number, TSettlementTotals>();
  if (options.customerIds.length === 0) return totals;
  for (const row of await querySettlementTotals(options).execute()) {
    if (row.nzf_IdObiektu === null) continue;
    totals.set(row.nzf_IdObiektu, {
      balance: Number(row.balance),
      overdue: Number(row.overdue),
      oldestOverdueDue: row.oldestOverdueDue,
    });
  }
  return totals;
}
