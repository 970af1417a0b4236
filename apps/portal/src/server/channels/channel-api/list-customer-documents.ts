import {
  CHANNEL_API_MAX_LIMIT,
  ZCustomerDocumentsPage,
  ZCustomerDocumentsQuery,
  ZCustomerPath,
  type TCustomerDocumentsPage,
} from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { decodeDocumentCursor, encodeDocumentCursor } from "./document-cursor.ts";
import { DOCUMENT_SYMBOL_OF_KIND } from "./document-kinds.ts";
import { readDocumentDetails, type TDocumentHeader } from "./read-document-details.ts";
import { parseQuery, type TQueryParams } from "./parse-query.ts";

const DAY_MS = 86_400_000;

/**
 * One page of an ERP customer's orders, invoices, receipts and corrections from the cloud copy,
 * newest first, for the channel's company only: another company's customer answers like a
 * missing one, and only documents of this customer (and links between them) are named.
 */
export async function listCustomerDocuments(options: {
  channel: TApiChannel;
  params: TQueryParams;
  query: TQueryParams;
}): Promise<TCustomerDocumentsPage> {
  const { id: customerId } = parseQuery({ schema: ZCustomerPath, query: options.params });
  const query = parseQuery({ schema: ZCustomerDocumentsQuery, query: options.query });
  const integrationId = options.channel.integrationId;
  const known = await getDb().$queryRaw<unknown[]>`
    SELECT 1 FROM "ErpCustomer" WHERE "integrationId" = ${integrationId}::uuid AND "erpId" = ${customerId}`;
  if (known.length === 0) throw notFound("customer");

  const limit = Math.min(query.limit, CHANNEL_API_MAX_LIMIT);
  const symbols = (query.kind ?? ["order", "invoice", "receipt", "correction"]).map((k) => DOCUMENT_SYMBOL_OF_KIND[k]);
  const after = query.cursor === undefined ? null : decodeDocumentCursor(query.cursor);
  // issuedAt holds the ERP's wall clock as UTC: a day's documents are [day 00:00, next day 00:00).
  const conditions = [
    query.from === undefined ? Prisma.empty : Prisma.sql`AND d."issuedAt" >= ${new Date(query.from)}::timestamp`,
    query.to === undefined
      ? Prisma.empty
      : Prisma.sql`AND d."issuedAt" < ${new Date(new Date(query.to).getTime() + DAY_MS)}::timestamp`,
    after === null
      ? Prisma.empty
      : Prisma.sql`AND (d."issuedAt", d."erpId") < (${after.issuedAt}::timestamp, ${after.id}::int)`,
  ];
  const rows = await getDb().$queryRaw<TDocumentHeader[]>`
    SELECT d."erpId" AS id, d.type, d.number, d."externalNumber", d."issuedAt", d."warehouseId",
      d.net::float8 AS net, d.vat::float8 AS vat, d.gross::float8 AS gross, d."sourceDocumentId",
      d."settlementAmount"::float8 AS "settlementAmount", d."settlementOpen"::float8 AS "settlementOpen",
      to_char(d."settlementDueDate", 'YYYY-MM-DD') AS "settlementDueDate"
    FROM "ErpDocument" d
    WHERE d."integrationId" = ${integrationId}::uuid AND d."customerId" = ${customerId} AND d.type = ANY(${symbols})
      ${Prisma.join(conditions, " ")}
    ORDER BY d."issuedAt" DESC, d."erpId" DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = await readDocumentDetails({ integrationId, customerId, documents: page });
  return ZCustomerDocumentsPage.parse({
    items,
    nextCursor: rows.length > limit && last ? encodeDocumentCursor({ issuedAt: last.issuedAt, id: last.id }) : null,
    notices: query.limit > CHANNEL_API_MAX_LIMIT ? [`limit capped to ${CHANNEL_API_MAX_LIMIT}`] : [],
  });
}
