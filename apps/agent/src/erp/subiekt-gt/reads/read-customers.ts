import type { TCustomer, TReadPage } from "@erp-bridge/shared";
import { erpDayOf } from "../../time/erp-clock.ts";
import { afterIdOf, keysetPage } from "./keyset-page.ts";
import { readSettlementTotals, settlementFields, type TSettlementTotals } from "./query-settlement-totals.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

const KIND = "customers";
/** adr_TypAdresu of a customer's main address. */
const MAIN_ADDRESS = 1;

/** Customers with their main address and discount, by kh_Id. */
export function queryCustomers(options: TReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: KIND, cursor: options.cursor });
  const query = options.db
    .selectFrom("kh__Kontrahent")
    .leftJoin("adr__Ewid", (join) =>
      join
        .onRef("adr__Ewid.adr_IdObiektu", "=", "kh__Kontrahent.kh_Id")
        .on("adr__Ewid.adr_TypAdresu", "=", MAIN_ADDRESS),
    )
    .leftJoin("sl_Rabat", "sl_Rabat.rt_id", "kh__Kontrahent.kh_IdRabat")
    .select(["kh_Id", "kh_Symbol", "kh_EMail", "kh_Cena", "kh_MaxWartKred", "kh_MaxDniSp", "kh_Zablokowany"])
    .select(["adr_Nazwa", "adr_NazwaPelna", "adr_NIP", "adr_Ulica", "adr_NrDomu", "adr_NrLokalu"])
    .select(["adr_Kod", "adr_Miejscowosc", "adr_Telefon", "rt_Procent"]);
  return options.helpers.page(query, { orderBy: "kh__Kontrahent.kh_Id", after, size });
}

type TCustomerRow = Awaited<ReturnType<ReturnType<typeof queryCustomers>["execute"]>>[number];

/**
 * A full pass over customers (no change marker is known for them), each with the totals of their
 * open settlements (nz__Finanse) as of the ERP's today: a payment shows at the next pass, and the
 * portal's copy changes only the customers whose values moved.
 * uncertain: a customer could have several main addresses; the sandbox writes one.
 */
export async function readCustomers(options: TReadOptions): Promise<TReadPage<TCustomer>> {
  const rows = await queryCustomers(options).execute();
  const totals = await readSettlementTotals({
    db: options.db,
    customerIds: rows.map((row) => row.kh_Id),
    today: erpDayOf(new Date()),
  });
  return keysetPage({
    kind: KIND,
    rows: rows.map((row) => toCustomer(row, totals.get(row.kh_Id))),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.kh_Id,
  });
}

function toCustomer(row: TCustomerRow, settlements: TSettlementTotals | undefined): TCustomer {
  const text = (value: string | null) => value?.trim() || null;
  const house = [text(row.adr_NrDomu), text(row.adr_NrLokalu)].filter((part) => part !== null).join("/");
  return {
    id: row.kh_Id,
    code: row.kh_Symbol.trim(),
    name: text(row.adr_NazwaPelna) ?? text(row.adr_Nazwa) ?? row.kh_Symbol.trim(),
    nip: text(row.adr_NIP),
    email: text(row.kh_EMail),
    phone: text(row.adr_Telefon),
    address:
      row.adr_Ulica === null
        ? null
        : {
            street: [row.adr_Ulica.trim(), house].filter((part) => part !== "").join(" "),
            postalCode: row.adr_Kod?.trim() ?? "",
            city: row.adr_Miejscowosc?.trim() ?? "",
            // uncertain: the country column of adr__Ewid is not known; Subiekt's customers are mostly Polish.
            country: null,
          },
    priceLevel: row.kh_Cena,
    discountPercent: row.rt_Procent ?? 0,
    creditLimit: row.kh_MaxWartKred,
    paymentDays: row.kh_MaxDniSp,
    ...settlementFields(settlements),
    blocked: row.kh_Zablokowany,
  };
}
