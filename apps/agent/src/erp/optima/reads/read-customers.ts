import type { TCustomer, TReadPage } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "../../subiekt-gt/reads/keyset-page.ts";
import { settlementFields, type TSettlementTotals } from "../../subiekt-gt/reads/query-settlement-totals.ts";
import { checkPageSize } from "../../subiekt-gt/reads/read-options.ts";
import { erpDayOf } from "../../time/erp-clock.ts";
import { readSettlementTotals } from "./query-settlement-totals.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

export function queryCustomers(options: TOptimaReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "optima-customers", cursor: options.cursor });
  const query = options.db
    .selectFrom("CDN.Kontrahenci")
    .select([
      "Knt_KntId",
      "Knt_Kod",
      "Knt_Nazwa1",
      "Knt_Nazwa2",
      "Knt_Nip",
      "Knt_Ulica",
      "Knt_NrDomu",
      "Knt_NrLokalu",
      "Knt_KodPocztowy",
      "Knt_Miasto",
      "Knt_Kraj",
      "Knt_Email",
      "Knt_Telefon1",
      "Knt_Rabat",
      "Knt_LimitKredytu",
      "Knt_Termin",
      "Knt_Ceny",
      "Knt_Nieaktywny",
    ]);
  return options.helpers.page(query, { orderBy: "Knt_KntId", after, size });
}

/**
 * Customers: a full keyset pass each time the cursor is null (the contract of every connector),
 * each with the totals of their open settlements in CDN.BnkZdarzenia as of the ERP's today, as
 * the Subiekt GT read does: a payment shows at the next pass, and the portal's copy changes only
 * the customers whose values moved.
 */
export async function readCustomers(options: TOptimaReadOptions): Promise<TReadPage<TCustomer>> {
  const rows = await queryCustomers(options).execute();
  const totals = await readSettlementTotals({
    db: options.db,
    customerIds: rows.map((row) => row.Knt_KntId),
    today: erpDayOf(new Date()),
  });
  return keysetPage({
    kind: "optima-customers",
    rows: rows.map((row) => toCustomer(row, totals.get(row.Knt_KntId))),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.Knt_KntId,
  });
}

type TCustomerRow = Awaited<ReturnType<ReturnType<typeof queryCustomers>["execute"]>>[number];

const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function toCustomer(row: TCustomerRow, settlements: TSettlementTotals | undefined): TCustomer {
  const street = [row.Knt_Ulica, row.Knt_NrDomu]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
  const flat = row.Knt_NrLokalu.trim();
  const hasAddress = street !== "" || row.Knt_Miasto.trim() !== "";
  return {
    id: row.Knt_KntId,
    code: row.Knt_Kod.trim(),
    name: [row.Knt_Nazwa1, row.Knt_Nazwa2]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(" "),
    nip: blankToNull(row.Knt_Nip),
    email: blankToNull(row.Knt_Email),
    phone: blankToNull(row.Knt_Telefon1),
    address: hasAddress
      ? {
          street: flat === "" ? street : `${street}/${flat}`,
          postalCode: row.Knt_KodPocztowy.trim(),
          city: row.Knt_Miasto.trim(),
          country: blankToNull(row.Knt_Kraj),
        }
      : null,
    priceLevel: row.Knt_Ceny > 0 ? row.Knt_Ceny : null,
    discountPercent: Number(row.Knt_Rabat),
    creditLimit: Number(row.Knt_LimitKredytu),
    paymentDays: row.Knt_Termin,
    ...settlementFields(settlements),
    blocked: row.Knt_Nieaktywny !== 0,
  };
}
