import { Prisma } from "../../../../generated/prisma/client.ts";
import { getDb, runTransaction, type TTx } from "../../../platform/database/db.ts";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../../settings/integration-settings.ts";
import { recordReportDocuments } from "../../../insight/reports/rollups/record-report-documents.ts";
import { DEMO_WAREHOUSES } from "./demo-catalog.ts";
import { generateDemoSales, type TDemoDocument } from "./generate-demo-sales.ts";
import { seedDemoSettlements } from "./seed-demo-settlements.ts";
import { FIRST_INTEGRATION_NAME } from "../../../erp-data/integrations/get-integration.ts";

const CHUNK = 2000;
const OFF = { enabled: false, direction: "erp_to_portal", intervalSeconds: 3600 } as const;

/**
 * Fills the demo company's ERP copy with two years of sales up to today, with the channels and
 * orders they came through and the report rollups, so the demo client sees reports on first
 * sign-in. Only when the company has no documents yet: a restart keeps what is there.
 */
export async function seedDemoSales(options: { companyId: string; until?: Date; seed?: number }): Promise<number> {
  const db = getDb();
  if ((await db.erpDocument.count({ where: { companyId: options.companyId } })) > 0) return 0;
  const until = options.until ?? new Date();
  const data = generateDemoSales({ until, seed: options.seed });
  await runTransaction(
    async (tx) => {
      const { integrationId, ...channels } = await demoChannels({ tx, companyId: options.companyId });
      const scope = { tx, companyId: options.companyId, integrationId };
      await insertRows({ ...scope, data });
      await insertOrders({ ...scope, data, channels });
      await seedDemoSettlements({ ...scope, until });
      const ids = data.documents.map((d) => d.erpId);
      for (let i = 0; i < ids.length; i += CHUNK) {
        await recordReportDocuments({ ...scope, ids: ids.slice(i, i + CHUNK) });
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return data.documents.reduce((sum, d) => sum + (d.type === "ZK" ? 0 : d.lines.length), 0);
}

/** The online store and the B2B platform, and an integration marking the showrooms (no agent, nothing syncs). */
async function demoChannels(options: { tx: TTx; companyId: string }) {
  const { tx, companyId } = options;
  const settings: TIntegrationSettings = {
    ...DEFAULT_SETTINGS,
    // The demo's ERP is the sandbox: our writer keeps issuing the sale documents there.
    saleDocuments: "writer",
    dataGroups: { products: OFF, prices: OFF, stock: OFF, customers: OFF, documents: OFF, promotions: OFF },
    warehouses: [
      { erpId: DEMO_WAREHOUSES.main, role: "store" },
      ...DEMO_WAREHOUSES.showrooms.map((erpId) => ({ erpId, role: "showroom" as const })),
    ],
  };
  const name = FIRST_INTEGRATION_NAME;
  const integration = await tx.integration.upsert({
    where: { companyId_name: { companyId, name } },
    create: { companyId, name, settings },
    update: {},
  });
  const integrationId = integration.id;
  const channel = (name: string, kind: "STORE" | "B2B") =>
    tx.salesChannel.upsert({
      where: { companyId_name: { companyId, name } },
      create: { companyId, integrationId, name, kind, warehouseIds: [DEMO_WAREHOUSES.main] },
      update: {},
    });
  return {
    integrationId,
    store: await channel("Sklep internetowy", "STORE"),
    b2b: await channel("Platforma B2B", "B2B"),
  };
}

/** Rows go in as JSON, many per statement, each with its place in the copy's version sequence. */
async function insertRows(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  data: ReturnType<typeof generateDemoSales>;
}) {
  const { tx, companyId, integrationId, data } = options;
  const json = (rows: unknown[]) => JSON.stringify(rows);
  await tx.$executeRaw`
    INSERT INTO "ErpProduct" ("integrationId", "companyId", "erpId", "sku", "name", "ean", "barcodes", "unit", "groupId", "groupName",
      "vatRate", "online", "blocked", "deleted", "type", "customFields", "rowVersion")
    SELECT ${integrationId}::uuid, ${companyId}::uuid, p."erpId", p.sku, p.name, NULL, '{}', 'szt.', p."groupId", p."groupName", 23, true,
      false, false, 'goods', '{}'::jsonb, nextval('erp_row_version')
    FROM jsonb_to_recordset(${json(data.products)}::jsonb) AS p("erpId" int, sku text, name text, "groupId" int, "groupName" text)`;
  await tx.$executeRaw`
    INSERT INTO "ErpCustomer" ("integrationId", "companyId", "erpId", "code", "name", "nip", "email", "phone", "address", "priceLevel",
      "discountPercent", "creditLimit", "paymentDays", "balance", "blocked", "rowVersion")
    SELECT ${integrationId}::uuid, ${companyId}::uuid, c."erpId", c.code, c.name, c.nip, lower(c.code) || '@demo.local', NULL,
      jsonb_build_object('street', 'ul. Długa 1', 'postalCode', c."postalCode", 'city', c.city, 'country', 'PL'),
      2, c.discount, c."creditLimit", c."paymentDays", NULL, false, nextval('erp_row_version')
    FROM jsonb_to_recordset(${json(data.customers)}::jsonb)
      AS c("erpId" int, code text, name text, nip text, city text, "postalCode" text, discount numeric,
           "creditLimit" numeric, "paymentDays" int)`;
  for (let i = 0; i < data.documents.length; i += CHUNK) {
    const chunk = data.documents.slice(i, i + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "ErpDocument" ("integrationId", "companyId", "erpId", "type", "number", "externalNumber", "issuedAt", "warehouseId",
        "customerId", "status", "net", "vat", "gross", "sourceDocumentId", "rowVersion")
      SELECT ${integrationId}::uuid, ${companyId}::uuid, d."erpId", d.type, d.number, d."externalNumber", d."issuedAt", d."warehouseId",
        d."customerId", d.status, d.net, d.gross - d.net, d.gross, d."sourceDocumentId", nextval('erp_row_version')
      FROM jsonb_to_recordset(${json(chunk.map(header))}::jsonb)
        AS d("erpId" int, type text, number text, "externalNumber" text, "issuedAt" timestamp, "warehouseId" int,
             "customerId" int, status int, net numeric, gross numeric, "sourceDocumentId" int)`;
    const lines = chunk.flatMap((d) => d.lines.map((l, n) => ({ ...l, documentId: d.erpId, lineNo: n + 1 })));
    await tx.$executeRaw`
      INSERT INTO "ErpDocumentLine" ("integrationId", "companyId", "documentId", "lineNo", "productId", "quantity", "unitNet",
        "unitGross", "vatRate", "net", "gross", "discountPercent", "cost")
      SELECT ${integrationId}::uuid, ${companyId}::uuid, l."documentId", l."lineNo", l."productId", l.quantity, l."unitNet",
        round(l."unitNet" * 1.23, 2), 23, l.net, l.gross, 0, l.cost
      FROM jsonb_to_recordset(${json(lines)}::jsonb)
        AS l("documentId" int, "lineNo" int, "productId" int, quantity numeric, "unitNet" numeric, net numeric,
             gross numeric, cost numeric)`;
  }
}

/** A document's totals: the sums of its lines, to the grosz. */
function totals(lines: TDemoDocument["lines"]) {
  const cents = (pick: (l: TDemoDocument["lines"][number]) => number) =>
    lines.reduce((sum, l) => sum + Math.round(pick(l) * 100), 0) / 100;
  return { net: cents((l) => l.net), gross: cents((l) => l.gross) };
}

function header(d: TDemoDocument) {
  return { ...d, issuedAt: d.issuedAt.toISOString(), ...totals(d.lines), lines: undefined };
}

/** The channels' orders behind their documents, completed and paid, as the order engine leaves them. */
async function insertOrders(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  data: ReturnType<typeof generateDemoSales>;
  channels: { store: { id: string }; b2b: { id: string } };
}) {
  const { tx, companyId, integrationId, data, channels } = options;
  const documents = new Map(data.documents.map((d) => [d.erpId, d]));
  const customers = new Map(data.customers.map((c) => [c.erpId, c]));
  const products = new Map(data.products.map((p) => [p.erpId, p]));
  const rows = data.orders.map((order) => {
    const sale = documents.get(order.saleId);
    const customer = order.customerId === null ? undefined : customers.get(order.customerId);
    const total = totals(sale?.lines ?? []).gross;
    return {
      id: order.id,
      companyId,
      integrationId,
      channelId: order.channel === "store" ? channels.store.id : channels.b2b.id,
      externalId: order.externalId,
      status: "completed",
      buyer: {
        name: customer?.name ?? "Klient sklepu",
        email: customer ? `${customer.code.toLowerCase()}@demo.local` : "klient@demo.local",
        address: {
          street: "ul. Długa 1",
          postalCode: customer?.postalCode ?? "00-001",
          city: customer?.city ?? "Warszawa",
          country: "PL",
        },
        ...(customer ? { companyName: customer.name, nip: customer.nip } : {}),
      },
      delivery: { method: "courier" },
      paymentMethod: order.channel === "b2b" ? "transfer" : "card",
      documentWanted: sale?.type === "FS" ? ("INVOICE" as const) : ("RECEIPT" as const),
      totalGross: total,
      paidAmount: total,
      paidAt: order.createdAt,
      erpCustomerId: order.customerId,
      erpOrderId: order.orderDocumentId,
      erpOrderNumber: order.orderDocumentId === null ? null : (documents.get(order.orderDocumentId)?.number ?? null),
      erpOrderClosed: true,
      erpSaleId: order.saleId,
      erpSaleType: sale?.type ?? null,
      erpSaleNumber: sale?.number ?? null,
      erpState: "IDLE" as const,
      createdAt: order.createdAt,
      updatedAt: order.createdAt,
    };
  });
  const lines = data.orders.flatMap((order) =>
    (documents.get(order.saleId)?.lines ?? []).map((line, n) => ({
      orderId: order.id,
      lineNo: n + 1,
      productId: line.productId,
      sku: products.get(line.productId)?.sku ?? "",
      name: products.get(line.productId)?.name ?? "",
      quantity: line.quantity,
      unitGross: new Prisma.Decimal(line.gross).div(line.quantity).toDecimalPlaces(2),
      vatRate: 23,
    })),
  );
  for (let i = 0; i < rows.length; i += CHUNK) await tx.order.createMany({ data: rows.slice(i, i + CHUNK) });
  for (let i = 0; i < lines.length; i += CHUNK) await tx.orderLine.createMany({ data: lines.slice(i, i + CHUNK) });
}
