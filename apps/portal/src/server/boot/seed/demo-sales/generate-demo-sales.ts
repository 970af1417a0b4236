import { orderKey } from "../../../orders/order-keys.ts";
import {
  DEMO_ADJECTIVES,
  DEMO_CITIES,
  DEMO_COMPANY_KINDS,
  DEMO_COMPANY_STEMS,
  DEMO_GROUPS,
  DEMO_WAREHOUSES,
} from "./demo-catalog.ts";

const DAY_MS = 86_400_000;

export type TDemoProduct = {
  erpId: number;
  sku: string;
  name: string;
  groupId: number;
  groupName: string;
  retail: number;
  cost: number;
  costTrend: number;
};
export type TDemoCustomer = {
  erpId: number;
  code: string;
  name: string;
  nip: string;
  city: string;
  postalCode: string;
  creditLimit: number;
  paymentDays: number;
  discount: number;
};
export type TDemoLine = {
  productId: number;
  quantity: number;
  unitNet: number;
  net: number;
  gross: number;
  cost: number;
};
export type TDemoDocument = {
  erpId: number;
  type: "FS" | "PA" | "KFS" | "ZK";
  number: string;
  externalNumber: string | null;
  issuedAt: Date;
  warehouseId: number;
  customerId: number | null;
  status: number;
  sourceDocumentId: number | null;
  lines: TDemoLine[];
};
export type TDemoOrder = {
  id: string;
  channel: "store" | "b2b";
  externalId: string;
  createdAt: Date;
  customerId: number | null;
  saleId: number;
  orderDocumentId: number | null;
};

/** A small seeded generator (mulberry32): the same seed gives the same shop. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}

/** A uuid v7 from the order's time and the generator, so the demo's order ids are reproducible too. */
function demoUuid(at: Date, random: ReturnType<typeof createRandom>): string {
  const hex = at.getTime().toString(16).padStart(12, "0");
  const rest = Array.from({ length: 20 }, () => random.int(0, 15).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${rest.slice(0, 3)}-${"89ab"[random.int(0, 3)]}${rest.slice(3, 6)}-${rest.slice(6, 18)}`;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Two years of a Polish home-goods shop up to `until`: receipts and invoices in the main
 * warehouse (some through the online store or the B2B platform, with their orders), receipts in
 * two showrooms, returns, and B2B orders. Seasonal (spring garden, December gifts), growing, with
 * a few product groups whose purchase prices climb faster than their sale prices.
 */
export function generateDemoSales(options: { until: Date; seed?: number; documentsPerDay?: number }) {
  const random = createRandom(options.seed ?? 2026);
  const until = new Date(Math.floor(options.until.getTime() / DAY_MS) * DAY_MS);
  const from = new Date(until.getTime() - 730 * DAY_MS);
  const products: TDemoProduct[] = [];
  for (const [g, group] of DEMO_GROUPS.entries()) {
    for (let i = 0; i < 30; i++) {
      const retail = Math.round(Math.exp(Math.log(15) + random.next() * Math.log(40)) * 100) / 100;
      const erpId = products.length + 1;
      products.push({
        erpId,
        sku: `${group.prefix}-${String(erpId).padStart(5, "0")}`,
        name: `${random.pick(group.nouns)} ${random.pick(DEMO_ADJECTIVES)} ${random.int(1, 9) * 10} cm`,
        groupId: g + 1,
        groupName: group.name,
        retail,
        cost: round2(retail * (0.5 + random.next() * 0.22)),
        costTrend: group.costTrend,
      });
    }
  }
  const customers: TDemoCustomer[] = Array.from({ length: 60 }, (_, i) => {
    const [city, postal] = random.pick(DEMO_CITIES);
    return {
      erpId: i + 1,
      code: `K${String(i + 1).padStart(4, "0")}`,
      name: `${random.pick(DEMO_COMPANY_STEMS)} ${random.pick(DEMO_COMPANY_KINDS)} Sp. z o.o.`,
      nip: nipFrom(7_000_000 + i * 7919),
      city,
      postalCode: `${postal}-${String(random.int(1, 999)).padStart(3, "0")}`,
      creditLimit: random.pick([0, 5000, 10000, 20000, 50000]),
      paymentDays: random.pick([0, 7, 14, 30]),
      discount: random.pick([0, 5, 10, 15, 25]),
    };
  });
  const documents: TDemoDocument[] = [];
  const orders: TDemoOrder[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (type: string, at: Date) => {
    const key = `${type}/${at.getUTCFullYear()}/${at.getUTCMonth()}`;
    const nr = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, nr);
    return `${type} ${nr}/${String(at.getUTCMonth() + 1).padStart(2, "0")}/${at.getUTCFullYear()}`;
  };
  const product = () => products[Math.floor(products.length * random.next() ** 1.8)] ?? products[0];
  const perDay = options.documentsPerDay ?? 15;
  for (let at = from; at <= until; at = new Date(at.getTime() + DAY_MS)) {
    const years = (at.getTime() - from.getTime()) / (365 * DAY_MS);
    const month = at.getUTCMonth();
    const season =
      1 + (month === 11 ? 0.6 : 0) + (month >= 3 && month <= 5 ? 0.25 : 0) - (month === 0 || month === 1 ? 0.2 : 0);
    const weekday = at.getUTCDay() === 0 ? 0.35 : at.getUTCDay() === 6 ? 1.2 : 1;
    const count = Math.round(perDay * season * weekday * (1 + 0.15 * years) * (0.8 + random.next() * 0.4));
    for (let k = 0; k < count; k++) {
      const kind = random.next();
      const channel = kind < 0.22 ? "store" : kind < 0.34 ? "b2b" : null;
      const showroom = channel === null && kind < 0.62;
      const customer =
        channel === "b2b" || (channel === null && !showroom && random.chance(0.5)) ? random.pick(customers) : null;
      const type = customer ? "FS" : random.chance(0.1) && channel === "store" ? "FS" : "PA";
      const warehouseId = showroom ? random.pick(DEMO_WAREHOUSES.showrooms) : DEMO_WAREHOUSES.main;
      const discount = customer?.discount ?? (showroom && random.chance(0.15) ? 10 : 0);
      const lines = Array.from({ length: type === "FS" ? random.int(1, 6) : random.int(1, 3) }, () => {
        const p = product() ?? products[0];
        const quantity = type === "FS" ? random.int(1, 12) : random.int(1, 3);
        return lineOf({ product: p as TDemoProduct, quantity, discount, years });
      });
      const erpId = documents.length + 1;
      let externalNumber: string | null = null;
      let sourceDocumentId: number | null = null;
      if (channel) {
        const id = demoUuid(at, random);
        const order: TDemoOrder = {
          id,
          channel,
          externalId: `${channel === "store" ? "WWW" : "B2B"}-${at.getUTCFullYear()}-${erpId}`,
          createdAt: at,
          customerId: customer?.erpId ?? null,
          saleId: erpId,
          orderDocumentId: null,
        };
        externalNumber = orderKey(id, "sale");
        if (channel === "b2b") {
          order.orderDocumentId = erpId;
          documents.push({
            erpId,
            type: "ZK",
            number: numberOf("ZK", at),
            externalNumber: orderKey(id, "order"),
            issuedAt: at,
            warehouseId,
            customerId: customer?.erpId ?? null,
            status: 8,
            sourceDocumentId: null,
            lines,
          });
          order.saleId = erpId + 1;
          sourceDocumentId = erpId;
        }
        orders.push(order);
      }
      const saleId = documents.length + 1;
      documents.push({
        erpId: saleId,
        type,
        number: numberOf(type, at),
        externalNumber,
        issuedAt: at,
        warehouseId,
        customerId: customer?.erpId ?? null,
        status: 0,
        sourceDocumentId,
        lines,
      });
      if (random.chance(0.03)) {
        const returned = lines.slice(0, 1).map((l) => ({
          ...l,
          quantity: -1,
          net: -l.unitNet,
          gross: -round2(l.gross / l.quantity),
          cost: -round2(l.cost / l.quantity),
        }));
        const day = new Date(at.getTime() + random.int(1, 14) * DAY_MS);
        if (day <= until) {
          documents.push({
            erpId: documents.length + 1,
            type: "KFS",
            number: numberOf("KFS", day),
            externalNumber: null,
            issuedAt: day,
            warehouseId,
            customerId: customer?.erpId ?? null,
            status: 0,
            sourceDocumentId: saleId,
            lines: returned,
          });
        }
      }
    }
  }
  return { products, customers, documents, orders, from, until };
}

function lineOf(options: { product: TDemoProduct; quantity: number; discount: number; years: number }): TDemoLine {
  const { product, quantity, discount } = options;
  const unitNet = round2(product.retail * (1 - discount / 100));
  const net = round2(unitNet * quantity);
  const unitCost = round2(product.cost * (1 + product.costTrend * options.years));
  return {
    productId: product.erpId,
    quantity,
    unitNet,
    net,
    gross: round2(net * 1.23),
    cost: round2(unitCost * quantity),
  };
}

/** A valid NIP from nine digits. */
function nipFrom(base: number): string {
  const digits = String(base).padStart(9, "0").slice(-9).split("").map(Number);
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const check = digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  return check === 10 ? nipFrom(base + 1) : `${digits.join("")}${check}`;
}
