import { buildPriceRow } from "./build-price-row.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import { ean13CheckDigit } from "./checksums.ts";
import { POLISH_WORDS } from "./polish-words.ts";
import { drawProductCard } from "./product-card.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxProduct, TVatRate } from "./sandbox-model.ts";

const DAY_MS = 86_400_000;
/** Price of level N relative to level 1 (retail); level 0 is the purchase price. */
const LEVEL_FACTORS = [0, 1, 0.85, 0.9, 0.95, 1, 0.88, 0.82, 0.8, 0.7, 0.9];

/** Writes products, extra barcodes, prices and change markers; returns what documents need. */
export async function generateProducts(options: {
  writer: TBulkWriter;
  random: TRandom;
  /** The stream the product cards (description, material, weight) are drawn from. */
  cardRandom: TRandom;
  count: number;
  priceLevels: number;
  vatRates: TVatRate[];
  from: Date;
  until: Date;
}): Promise<TSandboxProduct[]> {
  const { writer, random } = options;
  const company = random.digits(3);
  const otherCompany = String((Number(company) + 137) % 1000).padStart(3, "0");
  const ean = (prefix: string, i: number) => {
    const twelve = `590${prefix}${String(i % 1_000_000).padStart(6, "0")}`;
    return `${twelve}${ean13CheckDigit(twelve)}`;
  };
  const vatWeights = options.vatRates.map(
    (rate) => [rate, { "23": 75, "8": 10, "5": 10, "0": 2 }[rate.symbol] ?? 3] as const,
  );
  const span = options.until.getTime() - options.from.getTime();
  const products: TSandboxProduct[] = [];
  let barcodeId = 0;
  let unitId = 0;
  for (let id = 1; id <= options.count; id++) {
    const groupIndex = random.int(0, POLISH_WORDS.groups.length - 1);
    const [, prefix, nouns] = POLISH_WORDS.groups[groupIndex] ?? POLISH_WORDS.groups[0];
    const nounList: readonly (readonly [string, 0 | 1 | 2])[] = nouns;
    const [noun, gender] = random.pick(nounList);
    const service = random.chance(0.03);
    const adjective = random.pick(POLISH_WORDS.adjectives)[gender];
    const name = service
      ? `Montaż - ${noun.toLowerCase()}`
      : `${noun} ${adjective} ${random.pick(POLISH_WORDS.variants)}`;
    const vat = random.weighted(vatWeights);
    const retail = Math.round(Math.exp(Math.log(500) + random.next() * Math.log(400)));
    const netto = [Math.round(retail * (0.55 + random.next() * 0.2))];
    for (let level = 1; level <= options.priceLevels; level++) {
      netto.push(Math.max(1, Math.round(retail * (LEVEL_FACTORS[level] ?? 1) * (0.98 + random.next() * 0.04))));
    }
    const deleted = random.chance(0.02);
    const blocked = random.chance(0.03);
    const unit = service
      ? "szt."
      : random.weighted(POLISH_WORDS.units.map(([symbol], i) => [symbol, i === 0 ? 80 : 4]));
    const product = {
      id,
      unit,
      rodzaj: service ? 2 : 1,
      vat,
      netto,
      group: groupIndex,
      sellable: !service && !deleted && !blocked,
    };
    products.push(product);
    // Drawn in the order the row's fields always were, so a seed still gives the same catalogue.
    const mainEan = service || random.chance(0.05) ? "" : ean(company, id);
    const producer = random.chance(0.6) ? random.pick(POLISH_WORDS.producers) : "";
    const card = drawProductCard({
      random: options.cardRandom,
      name: name.slice(0, 50),
      group: groupIndex,
      producer,
      service,
    });
    await writer.add("tw__Towar", {
      tw_Id: id,
      tw_Symbol: `${prefix}-${String(id).padStart(6, "0")}`,
      tw_Nazwa: name.slice(0, 50),
      tw_Opis: card.description,
      tw_Rodzaj: product.rodzaj,
      tw_PodstKodKresk: mainEan,
      tw_IdVatSp: vat.id,
      tw_IdVatZak: vat.id,
      tw_JednMiary: unit,
      tw_IdGrupa: groupIndex + 1,
      tw_Pole1: producer,
      tw_Pole2: random.chance(0.5) ? `R${String(random.int(1, 40)).padStart(2, "0")}-P${random.int(1, 6)}` : "",
      tw_Pole3: card.material,
      tw_Pole4: "",
      tw_Pole5: "",
      tw_Pole6: "",
      tw_Pole7: "",
      tw_Pole8: "",
      tw_Masa: card.weightKg,
      tw_SklepInternet: random.chance(0.7),
      tw_Usuniety: deleted,
      tw_Zablokowany: blocked,
    });
    // Units live per product in tw_JednMiary: the base unit, and for some goods a bulk pack.
    await writer.add("tw_JednMiary", {
      jm_Id: ++unitId,
      jm_IdTowar: id,
      jm_IdJednMiary: unit,
      jm_Przelicznik: 1,
      jm_DlaNaklejek: false,
    });
    if (!service && unit !== "opak." && random.chance(0.1)) {
      await writer.add("tw_JednMiary", {
        jm_Id: ++unitId,
        jm_IdTowar: id,
        jm_IdJednMiary: "opak.",
        jm_Przelicznik: random.pick([6, 10, 12, 24]),
        jm_DlaNaklejek: false,
      });
    }
    if (!service && random.chance(0.1)) {
      await writer.add("tw_KodKreskowy", { kk_Id: ++barcodeId, kk_IdTowar: id, kk_Kod: ean(otherCompany, id) });
    }
    await writer.add("tw_Cena", buildPriceRow({ id, product }));
    const changed = options.from.getTime() + Math.floor(random.next() * span);
    await writer.add("tw_ZmianaTw", { twz_TowarId: id, twz_NrZmiany: 1, twz_CzasModyf: new Date(changed) });
    if (random.chance(0.2)) {
      const later = Math.min(options.until.getTime() + DAY_MS - 1000, changed + random.int(1, 200) * DAY_MS);
      await writer.add("tw_ZmianaTw", { twz_TowarId: id, twz_NrZmiany: 2, twz_CzasModyf: new Date(later) });
    }
  }
  return products;
}
