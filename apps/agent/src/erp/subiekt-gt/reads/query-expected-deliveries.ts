import type { TExpectedDelivery } from "@erp-bridge/shared";
import { DOK_TYP, ZD_CLOSED_STATUSES } from "../schema/document-codes.ts";
import type { TReadOptions } from "./read-options.ts";

/**
 * The open supplier-order (ZD) lines of products with ids in [fromProductId, toProductId): what
 * each still brings, into which warehouse, when.
 * uncertain: ob_IloscMag read as the quantity already received, as the ZK reads take it (project
 * notes: reserved = ob_Ilosc - ob_IloscMag); the line's warehouse ob_MagId, else the header's;
 * the line's date ob_Termin, else the header's dok_TerminRealizacji; quantities in the base unit.
 */
export function queryExpectedDeliveries(
  options: Pick<TReadOptions, "db"> & { fromProductId: number; toProductId: number | null },
) {
  const lines = options.db
    .selectFrom("dok_Pozycja")
    .innerJoin("dok__Dokument", "dok__Dokument.dok_Id", "dok_Pozycja.ob_DokHanId")
    .select([
      "dok_Pozycja.ob_TowId",
      "dok_Pozycja.ob_MagId",
      "dok__Dokument.dok_MagId",
      "dok_Pozycja.ob_Ilosc",
      "dok_Pozycja.ob_IloscMag",
      "dok_Pozycja.ob_Termin",
      "dok__Dokument.dok_TerminRealizacji",
    ])
    .where("dok__Dokument.dok_Typ", "=", DOK_TYP.ZD)
    .where("dok__Dokument.dok_Status", "not in", ZD_CLOSED_STATUSES)
    .whereRef("dok_Pozycja.ob_Ilosc", ">", "dok_Pozycja.ob_IloscMag")
    .where("dok_Pozycja.ob_TowId", ">=", options.fromProductId);
  return options.toProductId === null ? lines : lines.where("dok_Pozycja.ob_TowId", "<", options.toProductId);
}

type TLineRow = Awaited<ReturnType<ReturnType<typeof queryExpectedDeliveries>["execute"]>>[number];

/**
 * What open supplier orders bring per "productId:warehouseId", summed per expected day (the ERP's
 * wall-clock date, see erp/time/erp-clock.ts), by date with the undated last.
 */
export function sumExpectedDeliveries(rows: readonly TLineRow[]): Map<string, TExpectedDelivery[]> {
  const byKey = new Map<string, Map<string | null, number>>();
  for (const row of rows) {
    const warehouseId = row.ob_MagId ?? row.dok_MagId;
    if (row.ob_TowId === null || warehouseId === null) continue;
    const due = row.ob_Termin ?? row.dok_TerminRealizacji;
    const date = due === null ? null : due.toISOString().slice(0, 10);
    const key = `${row.ob_TowId}:${warehouseId}`;
    const dates = byKey.get(key) ?? new Map<string | null, number>();
    dates.set(date, (dates.get(date) ?? 0) + Number(row.ob_Ilosc) - Number(row.ob_IloscMag));
    byKey.set(key, dates);
  }
  const expected = new Map<string, TExpectedDelivery[]>();
  for (const [key, dates] of byKey) {
    const sorted = [...dates].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
    // Four decimals, as SQL Server's money keeps them: a sum of float quantities must not show float error.
    expected.set(
      key,
      sorted.map(([date, quantity]) => ({ date, quantity: Math.round(quantity * 10_000) / 10_000 })),
    );
  }
  return expected;
}
