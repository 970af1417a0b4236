import { ZCustomerPath, ZCustomerResponse, ZNoQuery, type TCustomerResponse } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { getDb } from "../../platform/database/db.ts";
import { parseQuery, type TQueryParams } from "./parse-query.ts";

type TRow = {
  erpId: number;
  code: string;
  name: string;
  nip: string | null;
  email: string | null;
  phone: string | null;
  address: unknown;
  priceLevel: number | null;
  discountPercent: number;
  creditLimit: number;
  paymentDays: number;
  balance: number | null;
  overdueAmount: number | null;
  oldestOverdueDueDate: string | null;
  blocked: boolean;
  updatedAt: Date;
};

/** One ERP customer of the channel's company; another company's id answers like a missing one. */
export async function getCustomer(options: {
  channel: TApiChannel;
  params: TQueryParams;
  query: TQueryParams;
}): Promise<TCustomerResponse> {
  parseQuery({ schema: ZNoQuery, query: options.query });
  const { id } = parseQuery({ schema: ZCustomerPath, query: options.params });
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT "erpId", code, name, nip, email, phone, address, "priceLevel",
      "discountPercent"::float8 AS "discountPercent", "creditLimit"::float8 AS "creditLimit", "paymentDays",
      balance::float8 AS balance, "overdueAmount"::float8 AS "overdueAmount",
      to_char("oldestOverdueDueDate", 'YYYY-MM-DD') AS "oldestOverdueDueDate", blocked, "updatedAt"
    FROM "ErpCustomer"
    WHERE "integrationId" = ${options.channel.integrationId}::uuid AND "erpId" = ${id}`;
  const row = rows[0];
  if (!row) throw notFound("customer");
  const { erpId, updatedAt, ...rest } = row;
  return ZCustomerResponse.parse({ customer: { id: erpId, ...rest, updatedAt: updatedAt.toISOString() } });
}
