import { Prisma } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";

type TPageRef = { tx: TTx; companyId: string; integrationId: string; commandId: string; seq: number };

/**
 * A page of promotions into the copy, as apply-page does the other groups: straight from the
 * stored JSON, the row version moving only when something differs. A null list of products or
 * customers (every one; jsonb_to_record makes a JSON null an SQL NULL) is kept as a flag beside
 * an empty list.
 */
export function applyPromotions(ref: TPageRef): Promise<number> {
  return ref.tx.$executeRaw`
    WITH src AS (
      SELECT r.*, o.n FROM "AgentResultPage" p
      CROSS JOIN LATERAL json_array_elements(p."data"->'rows') WITH ORDINALITY AS o(row, n)
      CROSS JOIN LATERAL json_to_record(o.row) AS r(id int, name text, active boolean, "validFrom" date,
        "validTo" date, "discountPercent" numeric, "priceNet" numeric, "priceGross" numeric,
        "productIds" jsonb, "customerIds" jsonb)
      WHERE p."commandId" = ${ref.commandId}::uuid AND p."seq" = ${ref.seq}
    ), latest AS (SELECT DISTINCT ON (id) * FROM src ORDER BY id, n DESC)
    INSERT INTO "ErpPromotion" AS t ("integrationId", "companyId", "erpId", "name", "active", "validFrom", "validTo",
      "discountPercent", "priceNet", "priceGross", "everyProduct", "productIds", "everyCustomer", "customerIds",
      "rowVersion", "updatedAt")
    SELECT ${ref.integrationId}::uuid, ${ref.companyId}::uuid, id, name, active, "validFrom", "validTo", "discountPercent", "priceNet",
           "priceGross", "productIds" IS NULL, ${idsOf("productIds")},
           "customerIds" IS NULL, ${idsOf("customerIds")}, nextval('erp_row_version'), now()
    FROM latest
    ON CONFLICT ("integrationId", "erpId") DO UPDATE SET
      "name" = excluded."name", "active" = excluded."active", "validFrom" = excluded."validFrom",
      "validTo" = excluded."validTo", "discountPercent" = excluded."discountPercent",
      "priceNet" = excluded."priceNet", "priceGross" = excluded."priceGross",
      "everyProduct" = excluded."everyProduct", "productIds" = excluded."productIds",
      "everyCustomer" = excluded."everyCustomer", "customerIds" = excluded."customerIds",
      "rowVersion" = excluded."rowVersion", "updatedAt" = excluded."updatedAt"
    WHERE (t."name", t."active", t."validFrom", t."validTo", t."discountPercent", t."priceNet", t."priceGross",
           t."everyProduct", t."productIds", t."everyCustomer", t."customerIds")
      IS DISTINCT FROM
          (excluded."name", excluded."active", excluded."validFrom", excluded."validTo", excluded."discountPercent",
           excluded."priceNet", excluded."priceGross", excluded."everyProduct", excluded."productIds",
           excluded."everyCustomer", excluded."customerIds")`;
}

function idsOf(column: "productIds" | "customerIds"): Prisma.Sql {
  const ref = Prisma.raw(`"${column}"`);
  return Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(${ref}) = 'array' THEN ${ref} ELSE '[]'::jsonb END)::int)`;
}
