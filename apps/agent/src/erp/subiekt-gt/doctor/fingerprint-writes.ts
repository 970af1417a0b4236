import type { TDoctorFingerprint } from "@erp-bridge/shared";
import { ID_PROCEDURE } from "../schema/ids.ts";
import type { TSubiektTable } from "../schema/database.ts";

const CUSTOMER: readonly TSubiektTable[] = ["kh__Kontrahent", "adr__Ewid", "adr_Historia", "tel__Ewid", "adr_Email"];
const SALE: readonly TSubiektTable[] = ["dok__Dokument", "dok_Pozycja", "dok_Vat", "tw_Stan"];

/**
 * What each of the writer's writes inserts into or updates and which procedure it calls, for the
 * fingerprint: the portal judges a client's database by it without knowing Subiekt's tables. Every
 * write takes its row ids from ins_ident through spIdentyfikator. An MM carries no VAT rows.
 */
export const FINGERPRINT_WRITES: TDoctorFingerprint["writes"] = [
  { write: "customer", tables: [...CUSTOMER, "ins_ident"], procedures: [ID_PROCEDURE] },
  { write: "ZK", tables: [...SALE, "ins_ident"], procedures: [ID_PROCEDURE] },
  { write: "MM", tables: ["dok__Dokument", "dok_Pozycja", "tw_Stan", "ins_ident"], procedures: [ID_PROCEDURE] },
  { write: "FS", tables: [...SALE, "ins_ident"], procedures: [ID_PROCEDURE] },
  { write: "PA", tables: [...SALE, "ins_ident"], procedures: [ID_PROCEDURE] },
  { write: "KFS", tables: [...SALE, "ins_ident"], procedures: [ID_PROCEDURE] },
];
