import { ZChannelApiError } from "@erp-bridge/shared";
import { createApiKey } from "../../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { createAgent } from "../../../apps/portal/src/server/admin/agents/create-agent.ts";
import {
  DEFAULT_SETTINGS,
  type TIntegrationSettings,
} from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { companyIntegrationId, makeCompany, STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";

/** A channel (defaults overridable) with one key, for a company of its own unless one is given. */
/**
 * A channel's one-line order of product A-1 (courier, card, a receipt), less its externalId: what a
 * test sends when any valid order will do.
 */
export const ONE_LINE_ORDER = {
  buyer: { name: "Jan", email: "jan@example.pl", address: { street: "A 1", postalCode: "00-001", city: "W" } },
  lines: [{ product: { sku: "A-1" }, quantity: 1, unitGross: 10, vatRate: 23 }],
  deliveryMethod: "courier",
  paymentMethod: "card",
  document: "receipt",
  totalGross: 10,
};

/** A two-line order of products A-1 and B-2 with a fresh external id; `overrides` replace fields. */
export function twoLineOrder(overrides: Record<string, unknown> = {}) {
  return {
    externalId: `EXT-${uniqueSuffix()}`,
    buyer: {
      name: "Jan Kowalski",
      email: "jan@example.com",
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
    },
    lines: [
      { product: { sku: "A-1" }, quantity: 2, unitGross: 10.5, vatRate: 23 },
      { product: { sku: "B-2" }, quantity: 1, unitGross: 5, vatRate: 23 },
    ],
    deliveryMethod: "courier",
    paymentMethod: "przelew",
    document: "receipt",
    currency: "PLN",
    totalGross: 26,
    ...overrides,
  };
}

/**
 * A company whose integration has an agent (never connected: its commands wait in the outbox),
 * warehouse 1 as the store and a courier delivery: where an order can be taken. `settings`
 * adds to those.
 */
export async function companyTakingOrders(settings: Partial<TIntegrationSettings> = {}) {
  const companyId = (await makeCompany()).id;
  const agentId = (await createAgent({ actor: STAFF_ACTOR, companyId, name: "Serwer" })).agent.id;
  const integrationId = await companyIntegrationId(companyId);
  await getDb().integration.update({
    where: { id: integrationId },
    data: {
      agentId,
      settings: {
        ...DEFAULT_SETTINGS,
        warehouses: [{ erpId: 1, role: "store" }],
        deliveryMethods: [{ channelCode: "courier", kind: "courier", showroomWarehouseId: null }],
        ...settings,
      },
    },
  });
  return { companyId, agentId, integrationId };
}

export async function makeChannelWithKey(options: { companyId?: string; channel?: Record<string, unknown> } = {}) {
  const companyId = options.companyId ?? (await makeCompany()).id;
  // The channel reads and orders through the company's (first) integration.
  await companyIntegrationId(companyId);
  const { channel, webhookSecret } = await createChannel({
    actor: STAFF_ACTOR,
    companyId,
    input: { name: `Sklep ${uniqueSuffix()}`, kind: "STORE", ...options.channel },
  });
  const { apiKey, key } = await createApiKey({
    actor: STAFF_ACTOR,
    companyId,
    channelId: channel.id,
    input: { name: "test key" },
  });
  return { companyId, channel, webhookSecret, apiKey, key };
}

type TRouteGet = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * The GET of a route module under app/api/v1, as Next serves it. Loaded by path: the route files
 * import through the portal's `@/` alias, which vitest resolves but the root tsconfig does not
 * know (the portal's own tsc checks them).
 */
export async function routeGet(route: string): Promise<TRouteGet> {
  const url = new URL(`../../../apps/portal/src/app/api/v1/${route}/route.ts`, import.meta.url);
  const module: unknown = await import(/* @vite-ignore */ url.href);
  if (typeof module !== "object" || module === null || !("GET" in module) || typeof module.GET !== "function") {
    throw new Error(`${route}/route.ts exports no GET`);
  }
  const get = module.GET;
  return (request, context) => Promise.resolve(get(request, context));
}

/** Calls a route module's GET as Next would, returning status, headers and the parsed body. */
export async function callRoute(options: {
  get: TRouteGet;
  path: string;
  key?: string;
  params?: Record<string, string>;
}) {
  const headers: Record<string, string> = options.key === undefined ? {} : { authorization: `Bearer ${options.key}` };
  const request = new Request(`http://portal.test${options.path}`, { headers });
  const response = await options.get(request, { params: Promise.resolve(options.params ?? {}) });
  const body: unknown = await response.json();
  return { status: response.status, headers: response.headers, body };
}

/** An error answer's code and the names of the fields it blames. */
export function errorOf(body: unknown): { code: string; fields: string[] } {
  const { error } = ZChannelApiError.parse(body);
  return { code: error.code, fields: Object.keys(error.fields ?? {}) };
}

// Cloud-copy rows as the sync engine writes them: every insert or change takes the next rowVersion.

export async function upsertProduct(row: {
  companyId: string;
  /** Whose copy: the company's first integration unless given. */
  integrationId?: string;
  erpId: number;
  name?: string;
  sku?: string;
  deleted?: boolean;
  blocked?: boolean;
}): Promise<void> {
  const sku = row.sku ?? `SKU-${row.erpId}`;
  await getDb().$executeRaw`
    INSERT INTO "ErpProduct" ("integrationId", "companyId", "erpId", sku, name, ean, barcodes, unit, "groupId", "groupName", "vatRate",
      online, blocked, deleted, type, "customFields", "rowVersion")
    VALUES (${row.integrationId ?? (await companyIntegrationId(row.companyId))}::uuid, ${row.companyId}::uuid, ${row.erpId}, ${sku}, ${row.name ?? `Produkt ${row.erpId}`}, ${`590${row.erpId}`},
      ${["A1", "B2"]}::text[], 'szt', 7, 'Narzędzia', 23, true, ${row.blocked ?? false}, ${row.deleted ?? false},
      'goods', '{}'::jsonb, nextval('erp_row_version'))
    ON CONFLICT ("integrationId", "erpId") DO UPDATE SET name = EXCLUDED.name, blocked = EXCLUDED.blocked,
      deleted = EXCLUDED.deleted, "rowVersion" = EXCLUDED."rowVersion", "updatedAt" = now()`;
}

export async function upsertStock(row: {
  companyId: string;
  /** Whose copy: the company's first integration unless given. */
  integrationId?: string;
  productId: number;
  warehouseId: number;
  onHand: number;
  reserved?: number;
  /** Planned deliveries as the stock read gives them. */
  expected?: { date: string | null; quantity: number }[];
}): Promise<void> {
  const expected = JSON.stringify(row.expected ?? []);
  await getDb().$executeRaw`
    INSERT INTO "ErpStock" ("integrationId", "companyId", "productId", "warehouseId", "onHand", reserved, expected, "rowVersion")
    VALUES (${row.integrationId ?? (await companyIntegrationId(row.companyId))}::uuid, ${row.companyId}::uuid, ${row.productId}, ${row.warehouseId}, ${row.onHand}, ${row.reserved ?? 0},
      ${expected}::jsonb, nextval('erp_row_version'))
    ON CONFLICT ("integrationId", "productId", "warehouseId") DO UPDATE SET "onHand" = EXCLUDED."onHand",
      reserved = EXCLUDED.reserved, expected = EXCLUDED.expected, "rowVersion" = EXCLUDED."rowVersion",
      "updatedAt" = now()`;
}

export async function upsertPrice(row: {
  companyId: string;
  productId: number;
  level: number;
  net: number;
  gross: number;
}): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO "ErpPrice" ("integrationId", "companyId", "productId", level, net, gross, currency, "rowVersion")
    VALUES (${await companyIntegrationId(row.companyId)}::uuid, ${row.companyId}::uuid, ${row.productId}, ${row.level}, ${row.net}, ${row.gross}, 'PLN',
      nextval('erp_row_version'))
    ON CONFLICT ("integrationId", "productId", level) DO UPDATE SET net = EXCLUDED.net, gross = EXCLUDED.gross,
      "rowVersion" = EXCLUDED."rowVersion", "updatedAt" = now()`;
}

export async function insertCustomer(row: { companyId: string; erpId: number; name?: string }): Promise<void> {
  const address = JSON.stringify({ street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" });
  await getDb().$executeRaw`
    INSERT INTO "ErpCustomer" ("integrationId", "companyId", "erpId", code, name, nip, email, phone, address, "priceLevel",
      "discountPercent", "creditLimit", "paymentDays", balance, "overdueAmount", "oldestOverdueDueDate", blocked,
      "rowVersion")
    VALUES (${await companyIntegrationId(row.companyId)}::uuid, ${row.companyId}::uuid, ${row.erpId}, ${`K${row.erpId}`}, ${row.name ?? `Klient ${row.erpId}`},
      '5260250274', 'klient@example.com', '+48 600 000 000', ${address}::jsonb, 2, 5.5, 10000.50, 14, 1520.25,
      120.25, '2026-02-10', false, nextval('erp_row_version'))`;
}
