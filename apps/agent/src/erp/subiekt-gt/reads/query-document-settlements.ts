import type { TDocumentSettlement } from "@erp-bridge/shared";
import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import { SETTLEMENT_OF_CUSTOMER, SETTLEMENT_TYPE } from "../schema/settlements.ts";

/**
 * The settlements (nz__Finanse) that the given documents created, summed per document: what was
 * due, what is still open and the earliest due date. A liability (a correction's refund) counts
 * negative, as the customer balance does.
 * uncertain: nzf_IdDokumentAuto names the document a settlement came from (its FK to dok__Dokument
 * is a fact, the meaning is not); a document paid in instalments may own several rows, summed here;
 * nzf_Wartosc is the amount still open (as the balance read assumes).
 */
export function queryDocumentSettlements(options: { db: Kysely<TSubiektDatabase>; documentIds: readonly number[] }) {
  const { RECEIVABLE, LIABILITY } = SETTLEMENT_TYPE;
  return options.db
    .selectFrom("nz__Finanse")
    .where("nzf_IdDokumentAuto", "in", options.documentIds)
    .where("nzf_TypObiektu", "=", SETTLEMENT_OF_CUSTOMER)
    .where("nzf_Typ", "in", [RECEIVABLE, LIABILITY])
    .groupBy("nzf_IdDokumentAuto")
    .select((eb) => {
      const signed = (column: "nzf_WartoscPierwotna" | "nzf_Wartosc") =>
        eb.fn.sum<number>(
          eb
            .case()
            .when("nzf_Typ", "=", RECEIVABLE)
            .then(eb.ref(column))
            .else(eb.neg(eb.ref(column)))
            .end(),
        );
      return [
        "nzf_IdDokumentAuto",
        signed("nzf_WartoscPierwotna").as("amount"),
        signed("nzf_Wartosc").as("open"),
        eb.fn.min<Date | null>("nzf_TerminPlatnosci").as("dueDate"),
      ];
    });
}

const roundToGrosz = (amount: number) => Math.round(amount * 100) / 100;

/** The settlement of each given document that has one; absent: the ERP keeps none for it. */
export async function readDocumentSettlements(options: {
  db: Kysely<TSubiektDatabase>;
  documentIds: readonly number[];
}): Promise<Map<number, TDocumentSettlement>> {
  const settlements = new Map<number, TDocumentSettlement>();
  if (options.documentIds.length === 0) return settlements;
  for (const row of await queryDocumentSettlements(options).execute()) {
    if (row.nzf_IdDokumentAuto === null) continue;
    settlements.set(row.nzf_IdDokumentAuto, {
      amount: roundToGrosz(Number(row.amount)),
      open: roundToGrosz(Number(row.open)),
      // The ERP's calendar day, as the customer read gives oldestOverdueDueDate.
      dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
    });
  }
  return settlements;
}
