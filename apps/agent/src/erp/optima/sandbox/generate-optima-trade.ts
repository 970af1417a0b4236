import { POLISH_WORDS } from "../../subiekt-gt/sandbox/polish-words.ts";
import type { TRandom } from "../../subiekt-gt/sandbox/random.ts";
import { dayOf, type TOptimaRows } from "./optima-rows.ts";

/** Document kinds as (TrN_TypDokumentu, weight); 307 PZ is one the reads must leave out. */
const KINDS: readonly (readonly [number, number])[] = [
  [302, 30],
  [305, 30],
  [308, 15],
  [306, 10],
  [312, 5],
  [307, 5],
];
const PREFIX: Record<number, string> = { 302: "FA", 305: "PA", 306: "WZ", 307: "PZ", 308: "RO", 312: "MM" };

export function generateCustomers(options: { random: TRandom; rows: TOptimaRows; customers: number; today: Date }) {
  const { random, rows } = options;
  for (let id = 1; id <= options.customers; id++) {
    const company = random.chance(0.6);
    const [male, female] = random.pick(POLISH_WORDS.surnames);
    const person = random.chance(0.5)
      ? `${random.pick(POLISH_WORDS.maleFirstNames)} ${male}`
      : `${random.pick(POLISH_WORDS.femaleFirstNames)} ${female}`;
    const name = company
      ? `${random.pick(POLISH_WORDS.companyStems)} ${random.pick(POLISH_WORDS.companyKinds)}`
      : person;
    const [city, postal] = random.pick(POLISH_WORDS.cities);
    rows["CDN.Kontrahenci"].push({
      Knt_KntId: id,
      Knt_Kod: `K${String(id).padStart(5, "0")}`,
      Knt_Nazwa1: name.slice(0, 50),
      Knt_Nazwa2: company ? random.pick(POLISH_WORDS.companyForms) : "",
      Knt_Nip: company ? random.digits(10) : "",
      Knt_Ulica: random.chance(0.95) ? random.pick(POLISH_WORDS.streets) : "",
      Knt_NrDomu: String(random.int(1, 120)),
      Knt_NrLokalu: random.chance(0.3) ? String(random.int(1, 40)) : "",
      Knt_KodPocztowy: `${postal}-${random.digits(3)}`,
      Knt_Miasto: city,
      Knt_Kraj: "Polska",
      Knt_Email: random.chance(0.7) ? `k${id}@${random.pick(POLISH_WORDS.mailDomains)}` : "",
      Knt_Telefon1: random.chance(0.6) ? `+48 ${random.digits(9)}` : "",
      Knt_Rabat: random.chance(0.2) ? random.pick([2, 5, 10]) : 0,
      Knt_LimitKredytu: company ? random.pick([0, 5000, 20_000]) : 0,
      Knt_Termin: company ? random.pick([7, 14, 30]) : 0,
      Knt_Ceny: random.chance(0.3) ? random.int(1, 4) : 0,
      Knt_Nieaktywny: random.chance(0.02) ? 1 : 0,
      Knt_TS_Mod: dayOf(options.today, -random.int(2, 400), 12),
    });
  }
}

/**
 * Documents of the last `days` days with their lines: FS, PA, RO, WZ, MM and some PZ; every
 * twentieth sale corrected (same type, TrN_ZwrId naming it, lines negative), a few left in the
 * buffer or cancelled. TS_Mod is the hour of issue.
 */
export function generateDocuments(options: {
  random: TRandom;
  rows: TOptimaRows;
  documents: number;
  days: number;
  today: Date;
}) {
  const { random, rows, today } = options;
  const products = rows["CDN.Towary"];
  const prices = new Map(
    rows["CDN.TwrCeny"]
      .filter((price) => price.TwC_TwCNumer === 1)
      .map((price) => [price.TwC_TwrID, price.TwC_Wartosc]),
  );
  const customers = rows["CDN.Kontrahenci"].length;
  const warehouses = rows["CDN.Magazyny"].length;
  const counters = new Map<number, number>();
  for (let id = 1; id <= options.documents; id++) {
    const day = -Math.floor(((options.documents - id) / options.documents) * options.days) - 1;
    const corrected =
      id > 20 && id % 20 === 0 ? rows["CDN.TraNag"].find((doc) => doc.TrN_TrNID === id - 15) : undefined;
    const type =
      corrected && [302, 305].includes(corrected.TrN_TypDokumentu)
        ? corrected.TrN_TypDokumentu
        : random.weighted(KINDS);
    const sign = corrected && corrected.TrN_TypDokumentu === type ? -1 : 1;
    const number = (counters.get(type) ?? 0) + 1;
    counters.set(type, number);
    let [net, vat] = [0, 0];
    for (let lp = 1; lp <= random.int(1, 4); lp++) {
      const product = random.pick(products);
      const quantity = sign * random.int(1, 5);
      const price = Number(prices.get(product.Twr_TwrId) ?? 10);
      const percent = product.Twr_Flaga === 2 ? Number(product.Twr_Stawka) : 0;
      const lineNet = Math.round(price * quantity * 100) / 100;
      const lineVat = Math.round(lineNet * percent) / 100;
      [net, vat] = [net + lineNet, vat + lineVat];
      rows["CDN.TraElem"].push({
        TrE_TrEID: rows["CDN.TraElem"].length + 1,
        TrE_TrNId: id,
        TrE_Lp: lp,
        TrE_TwrId: product.Twr_TwrId,
        TrE_Ilosc: quantity,
        TrE_Cena0: price,
        TrE_CenaT: price,
        TrE_Rabat: 0,
        TrE_Stawka: percent,
        TrE_WartoscNetto: lineNet,
        TrE_WartoscBrutto: lineNet + lineVat,
        TrE_WartoscZakupu: Math.round(lineNet * 60) / 100,
      });
    }
    const sale = type === 302 || type === 305 || type === 308;
    rows["CDN.TraNag"].push({
      TrN_TrNID: id,
      TrN_TypDokumentu: type,
      TrN_Rodzaj: type * 1000 + (sign < 0 ? 1 : 0),
      TrN_NumerPelny: `${sign < 0 ? `${PREFIX[type]}KOR` : PREFIX[type]}/${number}/${today.getUTCFullYear()}`,
      TrN_NumerObcy: random.chance(0.1) ? `WWW-${id}` : "",
      TrN_DataDok: dayOf(today, day),
      TrN_PodID: sale || type === 306 ? random.int(1, customers) : null,
      TrN_MagZrdId: random.int(1, warehouses),
      TrN_ZwrId: sign < 0 && corrected ? corrected.TrN_TrNID : null,
      TrN_RazemNetto: Math.round(net * 100) / 100,
      TrN_RazemVAT: Math.round(vat * 100) / 100,
      TrN_RazemBrutto: Math.round((net + vat) * 100) / 100,
      TrN_Bufor: random.chance(0.05) ? 1 : 0,
      TrN_Anulowany: random.chance(0.02) ? 1 : 0,
      TrN_TS_Mod: dayOf(today, day, random.int(8, 18)),
    });
  }
}
