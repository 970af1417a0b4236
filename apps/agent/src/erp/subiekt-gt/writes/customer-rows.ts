import type { TSubiektDatabase } from "../schema/database.ts";

/** adr_TypAdresu of the addresses Subiekt writes for a new customer: 1 is the main one. */
export const CUSTOMER_ADDRESS_TYPES = [1, 2, 11] as const;

export type TCustomerDraft = {
  symbol: string;
  /** '' when the customer has none: kh_EMail is NOT NULL. */
  email: string;
  phone: string;
  priceLevel: number;
  discountId: number | null;
  creditLimit: number;
  paymentDays: number;
  oneOff: boolean;
  blocked: boolean;
  address: {
    name: string;
    fullName: string;
    nip: string;
    street: string;
    houseNumber: string;
    flatNumber: string;
    postalCode: string;
    city: string;
  };
  /** When the first address snapshot was taken (null: not known). */
  snapshotDate: Date | null;
};

export type TCustomerIds = {
  customer: number;
  /** One per CUSTOMER_ADDRESS_TYPES, in order; the first is the main address. */
  firstAddress: number;
  snapshot: number;
  phone: number;
  email: number;
};

/** How many ids of each table a new customer takes. */
export const CUSTOMER_ID_NEEDS = {
  kh__Kontrahent: 1,
  adr__Ewid: CUSTOMER_ADDRESS_TYPES.length,
  adr_Historia: 1,
  tel__Ewid: 1,
  adr_Email: 1,
} as const;

/**
 * A new customer's rows as Subiekt saves one: kh__Kontrahent, adr__Ewid of types 1, 2 and 11, the
 * first snapshot in adr_Historia, the phone in tel__Ewid and the e-mail in adr_Email (when given).
 * The writer inserts them and the sandbox generator bulk-loads them, so both stay alike.
 * uncertain: what types 2 and 11 mean (correspondence, delivery?); they are copies of the main one.
 */
export function buildCustomerRows(options: { draft: TCustomerDraft; ids: TCustomerIds }) {
  const { draft, ids } = options;
  const { address } = draft;
  const customer: TSubiektDatabase["kh__Kontrahent"] = {
    kh_Id: ids.customer,
    kh_Symbol: draft.symbol,
    kh_EMail: draft.email,
    kh_Cena: draft.priceLevel,
    kh_IdRabat: draft.discountId,
    kh_IdGrupa: null,
    kh_MaxWartKred: draft.creditLimit,
    kh_MaxDniSp: draft.paymentDays,
    kh_Jednorazowy: draft.oneOff,
    kh_Zablokowany: draft.blocked,
  };
  const addresses = CUSTOMER_ADDRESS_TYPES.map((type, index): TSubiektDatabase["adr__Ewid"] => ({
    adr_Id: ids.firstAddress + index,
    adr_IdObiektu: ids.customer,
    adr_TypAdresu: type,
    adr_Nazwa: address.name,
    adr_NazwaPelna: address.fullName,
    adr_NIP: address.nip,
    adr_Ulica: address.street,
    adr_NrDomu: address.houseNumber,
    adr_NrLokalu: address.flatNumber,
    adr_Kod: address.postalCode,
    adr_Miejscowosc: address.city,
    adr_Telefon: draft.phone,
    adr_Symbol: "",
  }));
  const snapshot: TSubiektDatabase["adr_Historia"] = {
    adrh_Id: ids.snapshot,
    adrh_IdAdresu: ids.firstAddress,
    adrh_Nazwa: address.name,
    adrh_NazwaPelna: address.fullName,
    adrh_NIP: address.nip,
    adrh_Ulica: address.street,
    adrh_NrDomu: address.houseNumber,
    adrh_NrLokalu: address.flatNumber,
    adrh_Kod: address.postalCode,
    adrh_Miejscowosc: address.city,
    adrh_DataZmiany: draft.snapshotDate,
  };
  const phone: TSubiektDatabase["tel__Ewid"] | null =
    draft.phone === ""
      ? null
      : { tel_Id: ids.phone, tel_IdAdresu: ids.firstAddress, tel_Numer: draft.phone, tel_Podstawowy: true };
  const email: TSubiektDatabase["adr_Email"] | null =
    draft.email === ""
      ? null
      : { am_Id: ids.email, am_IdAdres: ids.firstAddress, am_Email: draft.email, am_Podstawowy: true };
  return { customer, addresses, snapshot, phone, email };
}
