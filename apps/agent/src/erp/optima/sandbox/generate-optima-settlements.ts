import type { TRandom } from "../../subiekt-gt/sandbox/random.ts";
import { INCOME, SUBJECT_CUSTOMER } from "../reads/query-settlement-totals.ts";
import { dayOf, type TOptimaRows } from "./optima-rows.ts";

const DAY_MS = 86_400_000;
/** BZd_PodmiotTyp of an employee: their events must not count for the customer of the same id. */
const SUBJECT_EMPLOYEE = 3;
/** A customer without a payment term of their own gets Optima's usual one. */
const DEFAULT_TERM_DAYS = 14;

/**
 * The payment schedule (CDN.BnkZdarzenia) of the generated documents, as Optima keeps it: one
 * income event per FS and PA to a customer, due after the customer's payment term (a PA is paid
 * at once), and an expense event per correction (what the company owes back). Most are settled;
 * recent ones are often open, some partly; whatever is open past its due date is overdue. A
 * document in the buffer has an unapproved event (BZd_Stan 0), a cancelled one none. A few
 * employees' events share customers' ids. uncertain: the meanings in optima-tables.ts.
 */
export function generateSettlements(options: { random: TRandom; rows: TOptimaRows; today: Date }) {
  const { random, rows, today } = options;
  const terms = new Map(rows["CDN.Kontrahenci"].map((customer) => [customer.Knt_KntId, customer.Knt_Termin]));
  const events = rows["CDN.BnkZdarzenia"];
  for (const doc of rows["CDN.TraNag"]) {
    const sale = doc.TrN_TypDokumentu === 302 || doc.TrN_TypDokumentu === 305;
    const customerId = doc.TrN_PodID;
    if (!sale || !customerId || doc.TrN_Anulowany === 1) continue;
    const gross = Math.round(Number(doc.TrN_RazemBrutto) * 100);
    const receipt = doc.TrN_TypDokumentu === 305;
    const issued = new Date(doc.TrN_DataDok);
    const term = terms.get(customerId) ?? 0;
    const due = receipt ? issued : dayOf(issued, term > 0 ? term : DEFAULT_TERM_DAYS);
    const daysPastDue = (today.getTime() - due.getTime()) / DAY_MS;
    const openChance = receipt ? 0 : daysPastDue > 90 ? 0.01 : daysPastDue > 0 ? 0.25 : 0.7;
    const open = random.chance(openChance);
    const amount = Math.abs(gross);
    const settled = !open ? amount : random.chance(0.2) ? Math.round((amount * random.int(20, 80)) / 100) : 0;
    events.push({
      BZd_BZdID: events.length + 1,
      BZd_PodmiotTyp: SUBJECT_CUSTOMER,
      BZd_PodmiotID: customerId,
      BZd_Kierunek: gross < 0 ? -INCOME : INCOME,
      BZd_Stan: doc.TrN_Bufor === 1 ? 0 : 1,
      BZd_Termin: due,
      BZd_KwotaSys: amount / 100,
      BZd_KwotaRozSys: settled / 100,
    });
  }
  for (let employee = 1; employee <= 5; employee++) {
    events.push({
      BZd_BZdID: events.length + 1,
      BZd_PodmiotTyp: SUBJECT_EMPLOYEE,
      BZd_PodmiotID: employee,
      BZd_Kierunek: -INCOME,
      BZd_Stan: 1,
      BZd_Termin: dayOf(today, -random.int(10, 40)),
      BZd_KwotaSys: random.int(1000, 5000),
      BZd_KwotaRozSys: 0,
    });
  }
}
