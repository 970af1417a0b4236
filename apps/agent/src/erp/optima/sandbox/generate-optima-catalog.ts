import { POLISH_WORDS } from "../../subiekt-gt/sandbox/polish-words.ts";
import type { TRandom } from "../../subiekt-gt/sandbox/random.ts";
import { dayOf, type TOptimaRows } from "./optima-rows.ts";

/** Price levels: Lp 1..4 in use (1 and 3 kept net, 2 and 4 gross), Lp 5 switched off. */
const PRICE_LEVELS = [1, 2, 3, 4, 5].map((lp) => ({
  lp,
  name: POLISH_WORDS.priceLevels[lp - 1] ?? `Cena ${lp}`,
  inactive: lp === 5,
  gross: lp % 2 === 0,
}));

/** VAT as (percent, Twr_Flaga): mostly 23 %, some 8 % and 5 %, a few exempt. */
const VAT: readonly (readonly [readonly [number, number], number])[] = [
  [[23, 2], 70],
  [[8, 2], 15],
  [[5, 2], 10],
  [[0, 1], 5],
];

/** Dictionaries, the group tree, products with barcodes and prices, and the dated stock series. */
export function generateCatalog(options: {
  random: TRandom;
  rows: TOptimaRows;
  products: number;
  warehouses: number;
  today: Date;
}): void {
  const { random, rows, today } = options;
  rows["CDN.Magazyny"].push({ Mag_MagId: 1, Mag_Symbol: "MAGAZYN", Mag_Nazwa: "Magazyn główny", Mag_Nieaktywny: 0 });
  for (let i = 2; i <= options.warehouses; i++) {
    const [symbol, name] = POLISH_WORDS.showrooms[i - 2] ?? [`M${i}`, `Magazyn ${i}`];
    rows["CDN.Magazyny"].push({ Mag_MagId: i, Mag_Symbol: symbol, Mag_Nazwa: name, Mag_Nieaktywny: 0 });
  }
  POLISH_WORDS.units.forEach(([code, name], index) =>
    rows["CDN.Jednostki"].push({ Jdn_JdnId: index + 1, Jdn_Kod: code, Jdn_Nazwa: name }),
  );
  for (const level of PRICE_LEVELS) {
    const row = {
      DfC_DfCId: level.lp + 100,
      DfC_Lp: level.lp,
      DfC_Nazwa: level.name,
      DfC_Nieaktywna: level.inactive ? 1 : 0,
    };
    rows["CDN.DefCeny"].push(row);
  }
  // Top groups (parent 0) with two subgroups each: products sit in the subgroups.
  const leaves: { id: number; prefix: string; nouns: readonly (readonly [string, number])[] }[] = [];
  POLISH_WORDS.groups.forEach(([name, prefix, nouns], index) => {
    const top = index * 10 + 1;
    rows["CDN.TwrGrupy"].push({ TwG_GIDNumer: top, TwG_GrONumer: 0, TwG_Kod: prefix, TwG_Nazwa: name });
    for (const [offset, kind] of [
      [1, "Podstawowe"],
      [2, "Premium"],
    ] as const) {
      rows["CDN.TwrGrupy"].push({
        TwG_GIDNumer: top + offset,
        TwG_GrONumer: top,
        TwG_Kod: `${prefix}-${offset}`,
        TwG_Nazwa: `${name} ${kind}`,
      });
      leaves.push({ id: top + offset, prefix, nouns });
    }
  });
  for (let id = 1; id <= options.products; id++) {
    const leaf = random.pick(leaves);
    const [noun, gender] = random.pick(leaf.nouns);
    const adjective = random.pick(POLISH_WORDS.adjectives)[gender] ?? "";
    const [stawka, flaga] = random.weighted(VAT);
    const service = random.chance(0.05);
    const pack = !service && random.chance(0.2);
    rows["CDN.Towary"].push({
      Twr_TwrId: id,
      Twr_Typ: service ? 0 : 1,
      Twr_Produkt: !service && random.chance(0.03) ? 1 : 0,
      Twr_Kod: `${leaf.prefix}-${String(id).padStart(5, "0")}`,
      Twr_Nazwa: `${noun} ${adjective} ${random.pick(POLISH_WORDS.variants)}`,
      Twr_EAN: random.chance(0.85) ? `590${String(id).padStart(9, "0")}${random.int(0, 9)}` : "",
      Twr_JM: service ? "usł." : "szt.",
      Twr_JMZ: pack ? "opak." : "",
      Twr_JMPrzelicznikL: pack ? random.pick([6, 10, 12]) : 1,
      Twr_JMPrzelicznikM: 1,
      Twr_Stawka: stawka,
      Twr_Flaga: flaga,
      Twr_TwGGIDNumer: leaf.id,
      Twr_Opis: random.chance(0.5) ? `${noun} marki ${random.pick(POLISH_WORDS.producers)}` : "",
      Twr_NieAktywny: random.chance(0.03) ? 1 : 0,
      Twr_ESklep: random.chance(0.7) ? 1 : 0,
      Twr_WagaKG: service ? null : random.int(5, 5000) / 100,
      Twr_TS_Mod: dayOf(today, -random.int(2, 400), random.int(7, 17)),
    });
    if (random.chance(0.1)) {
      rows["CDN.TwrEan"].push({
        TwE_TwEId: rows["CDN.TwrEan"].length + 1,
        TwE_TwrId: id,
        TwE_Kod: `200${String(id).padStart(9, "0")}1`,
      });
    }
    const base = random.int(500, 50_000) / 100;
    for (const level of PRICE_LEVELS) {
      const net = Math.round(base * (1 - (level.lp - 1) * 0.05) * 100) / 100;
      rows["CDN.TwrCeny"].push({
        TwC_TwCID: rows["CDN.TwrCeny"].length + 1,
        TwC_TwrID: id,
        TwC_TwCNumer: level.lp,
        TwC_Wartosc: level.gross ? Math.round(net * (1 + (flaga === 2 ? stawka : 0) / 100) * 100) / 100 : net,
        TwC_Waluta: "PLN",
        TwC_Typ: level.gross ? 2 : 1,
      });
    }
    if (!service) generateStockSeries({ random, rows, today, productId: id, warehouses: options.warehouses });
  }
}

/**
 * The dated series of one product: per warehouse one to three rows in the past (the latest holds
 * today's stock), sometimes one dated ahead (which must not count yet), and the company-wide row
 * (TwI_MagId NULL) that readers of one warehouse must skip.
 */
function generateStockSeries(options: {
  random: TRandom;
  rows: TOptimaRows;
  today: Date;
  productId: number;
  warehouses: number;
}): void {
  const { random, rows, today, productId } = options;
  const series = rows["CDN.TwrIlosci"];
  const add = (warehouse: number | null, offset: number, quantity: number) =>
    series.push({
      TwI_TwIId: series.length + 1,
      TwI_TwrId: productId,
      TwI_MagId: warehouse,
      TwI_Data: dayOf(today, offset),
      TwI_Ilosc: quantity,
      TwI_Rezerwacje: random.chance(0.2) ? Math.min(quantity, random.int(1, 5)) : 0,
      TwI_Zamowienia: random.chance(0.1) ? random.int(1, 20) : 0,
    });
  let total = 0;
  for (let warehouse = 1; warehouse <= options.warehouses; warehouse++) {
    if (warehouse > 1 && random.chance(0.3)) continue;
    let day = -random.int(90, 120);
    let quantity = 0;
    for (let step = random.int(1, 3); step > 0; step--) {
      quantity = random.int(0, 200);
      add(warehouse, day, quantity);
      day += random.int(1, 30);
    }
    total += quantity;
    if (random.chance(0.3)) add(warehouse, random.int(1, 10), quantity + random.int(1, 50));
  }
  add(null, -1, total);
}
