import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { findStaffIntegration } from "../integrations/find-staff-integration.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";

const PAGE = 50;

const ZBrowse = z.object({
  search: z.string().trim().max(100).default(""),
  /** The last product id of the previous page. */
  after: z.coerce.number().int().min(0).default(0),
});

type TRow = {
  erpId: number;
  sku: string;
  ean: string | null;
  name: string;
  groupName: string | null;
  withdrawn: boolean;
  updatedAt: Date;
  stock: { warehouseId: number; onHand: number; reserved: number }[];
  price1: number | null;
};

/**
 * The cloud copy of a client's products for staff: symbol, EAN or name search, stock per
 * warehouse and the first price level, 50 at a time by product id. What the channels are served.
 * One integration's copy: the one named (it must be the company's), else the company's first.
 */
export async function browseProducts(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  input: unknown;
}) {
  const { db, integration } = await findStaffIntegration(options);
  const integrationId = integration?.id ?? null;
  const { search, after } = parseInput({ schema: ZBrowse, input: options.input });
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<TRow[]>`
    SELECT p."erpId", p."sku", p."ean", p."name", p."groupName", (p."deleted" OR p."blocked") AS "withdrawn", p."updatedAt",
      coalesce((SELECT json_agg(json_build_object('warehouseId', s."warehouseId", 'onHand', s."onHand"::float8,
                                                  'reserved', s."reserved"::float8) ORDER BY s."warehouseId")
                FROM "ErpStock" s WHERE s."integrationId" = p."integrationId" AND s."productId" = p."erpId"), '[]') AS "stock",
      (SELECT pr."gross"::float8 FROM "ErpPrice" pr
       WHERE pr."integrationId" = p."integrationId" AND pr."productId" = p."erpId" AND pr."level" = 1) AS "price1"
    FROM "ErpProduct" p
    WHERE p."integrationId" = ${integrationId}::uuid AND p."erpId" > ${after}
      AND (${search} = '' OR p."sku" ILIKE ${pattern} OR p."ean" ILIKE ${pattern} OR p."name" ILIKE ${pattern})
    ORDER BY p."erpId"
    LIMIT ${PAGE + 1}`;
  const [total] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "ErpProduct" WHERE "integrationId" = ${integrationId}::uuid`;
  return { products: rows.slice(0, PAGE), more: rows.length > PAGE, search, total: total?.n ?? 0 };
}
