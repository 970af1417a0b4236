import type { TPrice, TStock } from "@erp-bridge/shared";
import type { DataGroup } from "../../../generated/prisma/client.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { arrayLiteral } from "../../platform/database/array-literal.ts";
import type { TTx } from "../../platform/database/db.ts";
import { applyPromotions } from "./apply-promotions.ts";

type TPageRef = { tx: TTx; companyId: string; integrationId: string; commandId: string; seq: number };
/** The page's rows as parsed in Node (stored-page.ts), for the groups written from column arrays. */
type TPageRows = TPageRef & { rows: readonly unknown[] };
export type TApplied = { changed: number; stockProductIds: number[] };

/**
 * Writes one stored page of an erp.read into the cloud copy in one statement: one multi-row
 * upsert, never row by row, fed from the stored page's JSON inside PostgreSQL or, for prices
 * and stock, from column arrays of the rows Node parsed.
 * A row's version moves only when its content differs, so an unchanged row is not news to the
 * channels. A page may name a row twice (a row changed between two pages); the last one wins.
 */
export async function applyPage(options: TPageRows & { group: DataGroup }): Promise<TApplied> {
  switch (options.group) {
    case "PRODUCTS":
      return { changed: await applyProducts(options), stockProductIds: [] };
    case "PRICES":
      return { changed: await applyPrices(options), stockProductIds: [] };
    case "STOCK": {
      const rows = await applyStock(options);
      return { changed: rows.length, stockProductIds: [...new Set(rows.map((r) => r.productId))] };
    }
    case "CUSTOMERS":
      return { changed: await applyCustomers(options), stockProductIds: [] };
    case "DOCUMENTS":
      return { changed: await applyDocuments(options), stockProductIds: [] };
    case "PROMOTIONS":
      return { changed: await applyPromotions(options), stockProductIds: [] };
  }
}

/** The page's rows with their position, so duplicates resolve to the later one. */
function pageRows(ref: TPageRef, columns: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT r.*, o.n FROM "AgentResultPage" p
    CROSS JOIN LATERAL json_array_elements(p."data"->'rows') WITH ORDINALITY AS o(row, n)
    CROSS JOIN LATERAL json_to_record(o.row) AS r(${columns})
    WHERE p."commandId" = ${ref.commandId}::uuid AND p."seq" = ${ref.seq}`;
}

function applyProducts(ref: TPageRef): Promise<number> {
  return ref.tx.$executeRaw`
    WITH src AS (${pageRows(
      ref,
      Prisma.sql`id int, sku text, name text, ean text, barcodes jsonb, unit text, "groupId" int, "groupName" text,
                 "groupPath" jsonb, description text, units jsonb, weight jsonb, "vatRate" numeric, online boolean,
                 blocked boolean, deleted boolean, type text, "customFields" jsonb`,
    )}), latest AS (SELECT DISTINCT ON (id) * FROM src ORDER BY id, n DESC)
    INSERT INTO "ErpProduct" AS t ("integrationId", "companyId", "erpId", "sku", "name", "ean", "barcodes", "unit", "groupId",
      "groupName", "groupPath", "description", "units", "weightKg", "vatRate", "online", "blocked", "deleted", "type",
      "customFields", "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, id, sku, name, ean,
           ARRAY(SELECT jsonb_array_elements_text(barcodes)), unit, "groupId", "groupName",
           ARRAY(SELECT jsonb_array_elements_text(COALESCE("groupPath", '[]'))), description, COALESCE(units, '[]'),
           (weight->>'value')::numeric, "vatRate", online, blocked, deleted, type, "customFields",
           nextval('erp_row_version'), now()
    FROM latest
    ON CONFLICT ("integrationId", "erpId") DO UPDATE SET
      "sku" = excluded."sku", "name" = excluded."name", "ean" = excluded."ean", "barcodes" = excluded."barcodes",
      "unit" = excluded."unit", "groupId" = excluded."groupId", "groupName" = excluded."groupName",
      "groupPath" = excluded."groupPath", "description" = excluded."description", "units" = excluded."units",
      "weightKg" = excluded."weightKg", "vatRate" = excluded."vatRate", "online" = excluded."online",
      "blocked" = excluded."blocked", "deleted" = excluded."deleted", "type" = excluded."type",
      "customFields" = excluded."customFields", "rowVersion" = excluded."rowVersion", "updatedAt" = excluded."updatedAt"
    WHERE (t."sku", t."name", t."ean", t."barcodes", t."unit", t."groupId", t."groupName", t."groupPath",
           t."description", t."units", t."weightKg", t."vatRate", t."online", t."blocked", t."deleted", t."type",
           t."customFields")
      IS DISTINCT FROM
          (excluded."sku", excluded."name", excluded."ean", excluded."barcodes", excluded."unit", excluded."groupId",
           excluded."groupName", excluded."groupPath", excluded."description", excluded."units", excluded."weightKg",
           excluded."vatRate", excluded."online", excluded."blocked", excluded."deleted", excluded."type",
           excluded."customFields")`;
}

/**
 * Prices and stock, a million rows and more on a first sync, go in as one array per column
 * (`unnest` of array literals) from the rows Node parsed: the same upsert as the other groups,
 * without PostgreSQL building a record from JSON for every row, the largest cost of a page
 * (issue 18).
 */
async function applyPrices(ref: TPageRows): Promise<number> {
  const rows = ref.rows as TPrice[];
  const onConflict = (await nothingFrom({ ref, table: "ErpPrice", productIds: rows.map((r) => r.productId) }))
    ? Prisma.empty
    : Prisma.sql`
    ON CONFLICT ("integrationId", "productId", "level") DO UPDATE SET
      "net" = excluded."net", "gross" = excluded."gross", "currency" = excluded."currency",
      "rowVersion" = excluded."rowVersion", "updatedAt" = excluded."updatedAt"
    WHERE (t."net", t."gross", t."currency") IS DISTINCT FROM (excluded."net", excluded."gross", excluded."currency")`;
  return ref.tx.$executeRaw`
    WITH src AS (
      SELECT * FROM unnest(${arrayLiteral(rows.map((r) => r.productId))}::int[], ${arrayLiteral(rows.map((r) => r.level))}::int[],
        ${arrayLiteral(rows.map((r) => r.net))}::numeric[], ${arrayLiteral(rows.map((r) => r.gross))}::numeric[],
        ${arrayLiteral(rows.map((r) => r.currency))}::text[]) WITH ORDINALITY AS r("productId", level, net, gross, currency, n)
    ), latest AS (SELECT DISTINCT ON ("productId", level) * FROM src ORDER BY "productId", level, n DESC)
    INSERT INTO "ErpPrice" AS t ("integrationId", "companyId", "productId", "level", "net", "gross", "currency", "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, "productId", level, net, gross, currency, nextval('erp_row_version'), now()
    FROM latest ${onConflict}`;
}

async function applyStock(ref: TPageRows): Promise<{ productId: number }[]> {
  // An agent older than the field sends no `expected`: NULL here, an empty list in the copy.
  const rows = ref.rows as (Omit<TStock, "expected"> & { expected?: TStock["expected"] })[];
  const onConflict = (await nothingFrom({ ref, table: "ErpStock", productIds: rows.map((r) => r.productId) }))
    ? Prisma.empty
    : Prisma.sql`
    ON CONFLICT ("integrationId", "productId", "warehouseId") DO UPDATE SET
      "onHand" = excluded."onHand", "reserved" = excluded."reserved", "expected" = excluded."expected",
      "rowVersion" = excluded."rowVersion", "updatedAt" = excluded."updatedAt"
    WHERE (t."onHand", t."reserved", t."expected") IS DISTINCT FROM (excluded."onHand", excluded."reserved", excluded."expected")`;
  return ref.tx.$queryRaw<{ productId: number }[]>`
    WITH src AS (
      SELECT * FROM unnest(${arrayLiteral(rows.map((r) => r.productId))}::int[], ${arrayLiteral(rows.map((r) => r.warehouseId))}::int[],
        ${arrayLiteral(rows.map((r) => r.onHand))}::numeric[], ${arrayLiteral(rows.map((r) => r.reserved))}::numeric[],
        ${arrayLiteral(rows.map((r) => (r.expected === undefined ? null : JSON.stringify(r.expected))))}::jsonb[])
        WITH ORDINALITY AS r("productId", "warehouseId", "onHand", reserved, expected, n)
    ),
    latest AS (SELECT DISTINCT ON ("productId", "warehouseId") * FROM src ORDER BY "productId", "warehouseId", n DESC)
    INSERT INTO "ErpStock" AS t ("integrationId", "companyId", "productId", "warehouseId", "onHand", "reserved", "expected",
      "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, "productId", "warehouseId", "onHand", reserved, COALESCE(expected, '[]'),
           nextval('erp_row_version'), now()
    FROM latest ${onConflict}
    RETURNING t."productId"`;
}

/**
 * Whether the copy holds no row of this integration from the page's smallest product id on. A
 * first sync reads in product order, so each page starts past everything before it: then no
 * row can conflict, and the page goes in as a plain INSERT, without the upsert's check of every
 * row against the key (a quarter of a page's time). Anything else (a change read, a page
 * re-read after a reconnect) takes the upsert. Runs of a group never overlap, so nothing
 * writes those rows between this look and the insert.
 */
async function nothingFrom(options: { ref: TPageRef; table: "ErpPrice" | "ErpStock"; productIds: number[] }) {
  if (options.productIds.length === 0) return false;
  const from = options.productIds.reduce((least, id) => Math.min(least, id));
  const [row] = await options.ref.tx.$queryRaw<{ empty: boolean }[]>`
    SELECT NOT EXISTS (
      SELECT 1 FROM ${Prisma.raw(`"${options.table}"`)}
      WHERE "integrationId" = ${options.ref.integrationId}::uuid AND "productId" >= ${from}
    ) AS "empty"`;
  return row?.empty ?? false;
}

function applyCustomers(ref: TPageRef): Promise<number> {
  return ref.tx.$executeRaw`
    WITH src AS (${pageRows(
      ref,
      Prisma.sql`id int, code text, name text, nip text, email text, phone text, address jsonb, "priceLevel" int,
                 "discountPercent" numeric, "creditLimit" numeric, "paymentDays" int, balance numeric, "overdueAmount" numeric,
                 "oldestOverdueDueDate" date, blocked boolean`,
    )}), latest AS (SELECT DISTINCT ON (id) * FROM src ORDER BY id, n DESC)
    INSERT INTO "ErpCustomer" AS t ("integrationId", "companyId", "erpId", "code", "name", "nip", "email", "phone", "address",
      "priceLevel", "discountPercent", "creditLimit", "paymentDays", "balance", "overdueAmount", "oldestOverdueDueDate",
      "blocked", "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, id, code, name, nip, email, phone, nullif(address, 'null'::jsonb), "priceLevel",
           "discountPercent", "creditLimit", "paymentDays", balance, "overdueAmount", "oldestOverdueDueDate", blocked,
           nextval('erp_row_version'), now()
    FROM latest
    ON CONFLICT ("integrationId", "erpId") DO UPDATE SET
      "code" = excluded."code", "name" = excluded."name", "nip" = excluded."nip", "email" = excluded."email",
      "phone" = excluded."phone", "address" = excluded."address", "priceLevel" = excluded."priceLevel",
      "discountPercent" = excluded."discountPercent", "creditLimit" = excluded."creditLimit",
      "paymentDays" = excluded."paymentDays", "balance" = excluded."balance",
      "overdueAmount" = excluded."overdueAmount", "oldestOverdueDueDate" = excluded."oldestOverdueDueDate",
      "blocked" = excluded."blocked",
      "rowVersion" = excluded."rowVersion", "updatedAt" = excluded."updatedAt"
    WHERE (t."code", t."name", t."nip", t."email", t."phone", t."address", t."priceLevel", t."discountPercent",
           t."creditLimit", t."paymentDays", t."balance", t."overdueAmount", t."oldestOverdueDueDate", t."blocked")
      IS DISTINCT FROM
          (excluded."code", excluded."name", excluded."nip", excluded."email", excluded."phone", excluded."address",
           excluded."priceLevel", excluded."discountPercent", excluded."creditLimit", excluded."paymentDays",
           excluded."balance", excluded."overdueAmount", excluded."oldestOverdueDueDate", excluded."blocked")`;
}

/**
 * A changed document comes whole: its header is upserted and its lines replaced. (The sales
 * rollups follow in the same transaction through a page hook, see boot/page-hooks.ts.)
 */
async function applyDocuments(ref: TPageRef): Promise<number> {
  const documents = Prisma.sql`
    WITH src AS (${pageRows(
      ref,
      Prisma.sql`id int, type text, number text, "externalNumber" text, "issuedAt" timestamptz, "warehouseId" int,
                 "customerId" int, status int, totals jsonb, "sourceDocumentId" int, lines jsonb, settlement jsonb`,
    )}) SELECT DISTINCT ON (id) * FROM src ORDER BY id, n DESC`;
  const ids = (await ref.tx.$queryRaw<{ id: number }[]>`SELECT id FROM (${documents}) page`).map((d) => d.id);
  const changed = await ref.tx.$executeRaw`
    WITH latest AS (${documents})
    INSERT INTO "ErpDocument" AS t ("integrationId", "companyId", "erpId", "type", "number", "externalNumber", "issuedAt",
      "warehouseId", "customerId", "status", "net", "vat", "gross", "sourceDocumentId", "settlementAmount",
      "settlementOpen", "settlementDueDate", "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, id, type, number, "externalNumber", "issuedAt" AT TIME ZONE 'UTC', "warehouseId",
           "customerId", status, (totals->>'net')::numeric, (totals->>'vat')::numeric, (totals->>'gross')::numeric,
           "sourceDocumentId", (settlement->>'amount')::numeric, (settlement->>'open')::numeric,
           (settlement->>'dueDate')::date, nextval('erp_row_version'), now()
    FROM latest
    ON CONFLICT ("integrationId", "erpId") DO UPDATE SET
      "type" = excluded."type", "number" = excluded."number", "externalNumber" = excluded."externalNumber",
      "issuedAt" = excluded."issuedAt", "warehouseId" = excluded."warehouseId", "customerId" = excluded."customerId",
      "status" = excluded."status", "net" = excluded."net", "vat" = excluded."vat", "gross" = excluded."gross",
      "sourceDocumentId" = excluded."sourceDocumentId", "settlementAmount" = excluded."settlementAmount",
      "settlementOpen" = excluded."settlementOpen", "settlementDueDate" = excluded."settlementDueDate",
      "rowVersion" = excluded."rowVersion",
      "updatedAt" = excluded."updatedAt"`;
  // By the ids, not a join with the page: while a first sync grows the table faster than its
  // statistics, a join may be planned as a scan of every line per document.
  await ref.tx.$executeRaw`
    DELETE FROM "ErpDocumentLine" WHERE "integrationId" = ${ref.integrationId}::uuid AND "documentId" = ANY(${ids}::int[])`;
  await ref.tx.$executeRaw`
    WITH latest AS (${documents})
    INSERT INTO "ErpDocumentLine" ("integrationId", "companyId", "documentId", "lineNo", "productId", "quantity", "unitNet",
      "unitGross", "vatRate", "net", "gross", "discountPercent", "cost")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, latest.id, line.n, r."productId", r.quantity, r."unitNet", r."unitGross",
           r."vatRate", r.net, r.gross, r."discountPercent", r.cost
    FROM latest
    CROSS JOIN LATERAL jsonb_array_elements(latest.lines) WITH ORDINALITY AS line(value, n)
    CROSS JOIN LATERAL jsonb_to_record(line.value) AS r("productId" int, quantity numeric, "unitNet" numeric,
      "unitGross" numeric, "vatRate" numeric, net numeric, gross numeric, "discountPercent" numeric, cost numeric)`;
  return changed;
}
