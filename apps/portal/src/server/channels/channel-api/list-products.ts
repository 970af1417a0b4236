import { ZProductsPage, type TProductsPage } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { getDb } from "../../platform/database/db.ts";
import { toChangesPage } from "./changes-page.ts";
import { chosenCustomFields, pickCustomFields } from "./chosen-custom-fields.ts";
import { parseChangesQuery } from "./parse-changes-query.ts";
import type { TQueryParams } from "./parse-query.ts";

type TRow = {
  erpId: number;
  sku: string;
  ean: string | null;
  name: string;
  unit: string;
  vatRate: number;
  groupName: string | null;
  groupPath: string[];
  description: string | null;
  customFields: unknown;
  units: { code: string; factor: number }[];
  weightKg: number | null;
  barcodes: string[];
  withdrawn: boolean;
  rowVersion: bigint;
  updatedAt: Date;
};

/**
 * The channel's products changed after the token. A first load (no token) leaves withdrawn
 * products out; later pages bring them as "withdrawn" so the channel can take them down.
 */
export async function listProducts(options: { channel: TApiChannel; query: TQueryParams }): Promise<TProductsPage> {
  const request = parseChangesQuery(options.query);
  const rows = await getDb().$queryRaw<TRow[]>`
    SELECT "erpId", sku, ean, name, unit, "vatRate"::float8 AS "vatRate", "groupName", "groupPath", description,
      "customFields", units, "weightKg"::float8 AS "weightKg", barcodes,
      (deleted OR blocked) AS withdrawn, "rowVersion", "updatedAt"
    FROM "ErpProduct"
    WHERE "integrationId" = ${options.channel.integrationId}::uuid AND "rowVersion" > ${request.after}
      AND (${request.resuming} OR NOT (deleted OR blocked))
    ORDER BY "rowVersion"
    LIMIT ${request.limit + 1}`;
  const page = toChangesPage({ request, rows });
  const chosen = await chosenCustomFields({ integrationId: options.channel.integrationId });
  return ZProductsPage.parse({
    items: page.rows.map((row) => ({
      id: row.erpId,
      sku: row.sku,
      ean: row.ean,
      name: row.name,
      unit: row.unit,
      vatRate: row.vatRate,
      groupName: row.groupName,
      groupPath: row.groupPath,
      description: row.description,
      customFields: pickCustomFields({ stored: row.customFields, chosen }),
      // Copied before units were read: the base unit alone, which is what the ERP sold it in.
      units: row.units.length > 0 ? row.units : [{ code: row.unit, factor: 1 }],
      weight: row.weightKg === null ? null : { value: row.weightKg, unit: "kg" },
      barcodes: row.barcodes,
      status: row.withdrawn ? "withdrawn" : "active",
      updatedAt: row.updatedAt.toISOString(),
    })),
    hasMore: page.hasMore,
    nextUpdatedSince: page.nextUpdatedSince,
    notices: page.notices,
  });
}
