import type { TBulkWriter } from "./bulk-writer.ts";
import { POLISH_WORDS } from "./polish-words.ts";
import type { TRandom } from "./random.ts";
import { grossOf, zl, type TSandboxCustomer, type TSandboxProduct } from "./sandbox-model.ts";

const DAY_MS = 86_400_000;

type TDraft = {
  name: string;
  from?: number;
  to?: number;
  percent?: number;
  /** One product at a promotional price: 85% of its first level. */
  priceOf?: TSandboxProduct;
  products?: TSandboxProduct[];
  group?: number;
  customers?: TSandboxCustomer[];
  inactive?: boolean;
  /** Repeats in cycles (weekends): the connector leaves such promotions out. */
  cyclic?: boolean;
};

/**
 * Promotions as a shop runs them around the last day of history (`until`): a sale on a product
 * group, a few products at a promotional price, a standing discount for regular customers on
 * chosen goods, and the ones a channel must not get: expired, not started, switched off, cyclic.
 * Uses the promotion columns' *uncertain* meanings (schema/promotions.ts). Returns how many rows.
 */
export async function generatePromotions(options: {
  writer: TBulkWriter;
  random: TRandom;
  products: TSandboxProduct[];
  customers: TSandboxCustomer[];
  until: Date;
}) {
  const { random } = options;
  const sellable = options.products.filter((product) => product.sellable);
  const some = <T>(items: T[], count: number) => random.shuffle(items).slice(0, count);
  const groupCount = POLISH_WORDS.groups.length;
  const drafts: TDraft[] = [
    { name: "Wyprzedaż sezonowa", from: -20, to: 30, percent: 15, group: random.int(0, groupCount - 1) },
    ...some(sellable, 3).map((product, i) => ({ name: `Cena tygodnia ${i + 1}`, from: -3, to: 4, priceOf: product })),
    { name: "Stali klienci", percent: 8, products: some(sellable, 20), customers: some(options.customers, 10) },
    { name: "Black Friday", from: -120, to: -110, percent: 25, group: random.int(0, groupCount - 1) },
    { name: "Nowa kolekcja", from: 40, to: 70, percent: 12, products: some(sellable, 10) },
    { name: "Promocja wycofana", from: -10, to: 10, percent: 30, products: some(sellable, 5), inactive: true },
    { name: "Weekendowa", percent: 10, products: some(sellable, 5), cyclic: true },
  ];
  let pct = 0;
  let pck = 0;
  for (const [i, draft] of drafts.entries()) {
    const id = i + 1;
    const day = (offset: number | undefined) =>
      offset === undefined ? null : new Date(options.until.getTime() + offset * DAY_MS);
    const net = draft.priceOf ? Math.round(((draft.priceOf.netto[1] ?? 0) * 85) / 100) : null;
    const listed = draft.priceOf ? [draft.priceOf] : draft.products;
    await options.writer.add("dok_Promocja", {
      pc_Id: id,
      pc_Nazwa: draft.name,
      pc_TwGrId: draft.group === undefined ? null : draft.group + 1,
      pc_KhGrId: null,
      pc_CenyPoziom: null,
      pc_Rabat: draft.percent ?? null,
      pc_CenaNetto: net === null ? null : zl(net),
      pc_CenaBrutto:
        net === null || !draft.priceOf ? null : zl(grossOf({ netto: net, percent: draft.priceOf.vat.percent })),
      pc_RodzProm: net === null ? 1 : 2,
      pc_Od: day(draft.from),
      pc_Do: day(draft.to),
      pc_OgraniczonaCzasowo: draft.from !== undefined,
      pc_Nieaktywna: draft.inactive ?? false,
      pc_WyborTw: listed !== undefined,
      pc_WyborKh: draft.customers !== undefined,
      pc_RodzajPowtorzen: draft.cyclic ? 1 : 0,
    });
    for (const product of listed ?? []) {
      await options.writer.add("dok_PromocjaTowar", { pct_Id: ++pct, pct_IdPromocja: id, pct_IdTowaru: product.id });
    }
    for (const customer of draft.customers ?? []) {
      await options.writer.add("dok_PromocjaKontrahent", {
        pck_Id: ++pck,
        pck_IdPromocja: id,
        pck_IdKontrahent: customer.id,
      });
    }
  }
  return { promotions: drafts.length, promotionProducts: pct, promotionCustomers: pck };
}
