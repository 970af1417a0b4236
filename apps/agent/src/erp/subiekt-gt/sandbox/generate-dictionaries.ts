import { POLISH_WORDS } from "./polish-words.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import type { TSandboxWarehouse, TVatRate } from "./sandbox-model.ts";

const VAT_RATES: readonly (readonly [string, number, string])[] = [
  ["23", 23, "Stawka podstawowa 23%"],
  ["8", 8, "Stawka obniżona 8%"],
  ["5", 5, "Stawka obniżona 5%"],
  ["0", 0, "Stawka 0%"],
  ["zw", 0, "Zwolniona"],
];
export const DISCOUNTS = [0, 3, 5, 10, 15];

/** Writes the dictionaries (VAT, units, groups, price level names, discounts, warehouses). */
export async function generateDictionaries(options: { writer: TBulkWriter; priceLevels: number; warehouses: number }) {
  const { writer } = options;
  const vatRates: TVatRate[] = VAT_RATES.map(([symbol, percent], i) => ({ id: i + 1, symbol, percent }));
  for (const [i, [symbol, percent, name]] of VAT_RATES.entries()) {
    await writer.add("sl_StawkaVAT", { vat_Id: i + 1, vat_Symbol: symbol, vat_Stawka: percent, vat_Nazwa: name });
  }
  for (const [i, [name]] of POLISH_WORDS.groups.entries()) {
    await writer.add("sl_GrupaTw", { grt_Id: i + 1, grt_Nazwa: name, grt_NrAnalityka: String(i + 1) });
  }
  // An unused level has no name: '' (the column is NOT NULL).
  const level = (n: number) => (n <= options.priceLevels ? (POLISH_WORDS.priceLevels[n - 1] ?? "") : "");
  await writer.add("tw_Parametr", {
    twp_Id: 1,
    twp_NazwaCeny1: level(1),
    twp_NazwaCeny2: level(2),
    twp_NazwaCeny3: level(3),
    twp_NazwaCeny4: level(4),
    twp_NazwaCeny5: level(5),
    twp_NazwaCeny6: level(6),
    twp_NazwaCeny7: level(7),
    twp_NazwaCeny8: level(8),
    twp_NazwaCeny9: level(9),
    twp_NazwaCeny10: level(10),
  });
  for (const [i, percent] of DISCOUNTS.entries()) {
    await writer.add("sl_Rabat", { rt_id: i + 1, rt_Nazwa: `Rabat ${percent}%`, rt_Procent: percent });
  }
  const warehouses: TSandboxWarehouse[] = [];
  for (let i = 0; i < options.warehouses; i++) {
    const [symbol, name] =
      i === 0 ? ["MAG", "Magazyn główny"] : (POLISH_WORDS.showrooms[i - 1] ?? [`S${i}`, `Salon ${i}`]);
    await writer.add("sl_Magazyn", {
      mag_Id: i + 1,
      mag_Symbol: symbol,
      mag_Nazwa: name,
      mag_Glowny: i === 0,
      mag_Status: 1,
    });
    warehouses.push({ id: i + 1, main: i === 0 });
  }
  return { vatRates, warehouses };
}
