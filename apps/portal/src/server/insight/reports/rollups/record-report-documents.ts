import type { TTx } from "../../../platform/database/db.ts";
import { documentChannels, UNKNOWN_CHANNEL } from "../point-of-contact.ts";
import { applySalesDelta } from "./apply-sales-delta.ts";

/** Documents the reports keep a row for: sales, and orders for the contractor view's history. */
const REPORTED_TYPES = ["FS", "PA", "KFS", "ZK"];

/**
 * After documents are written with their lines: records each one (its day, point of contact,
 * warehouse, customer and line totals) and adds its sales to the rollups. Corrections go second,
 * so one whose sale is on the same page finds that sale's point of contact.
 */
export async function recordReportDocuments(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  ids: number[];
}) {
  const { tx, companyId, integrationId, ids } = options;
  const numbered = await tx.erpDocument.findMany({
    where: { integrationId, erpId: { in: ids }, externalNumber: { not: null } },
    select: { externalNumber: true },
  });
  const externalNumbers = numbered.flatMap((d) => (d.externalNumber ? [d.externalNumber] : []));
  const channels = await documentChannels({ tx, companyId, externalNumbers });
  for (const corrections of [false, true]) {
    // Each part is read once (MATERIALIZED), whatever the statistics say while a first sync runs.
    await tx.$executeRaw`
      WITH d AS MATERIALIZED (
        SELECT * FROM "ErpDocument" WHERE "integrationId" = ${integrationId}::uuid AND "erpId" = ANY(${ids}::int[])
      ), l AS MATERIALIZED (
        SELECT "documentId", sum(net) AS net, sum(gross) AS gross, sum(coalesce(cost, 0)) AS cost,
               sum(quantity) AS quantity, count(*) AS lines
        FROM "ErpDocumentLine" WHERE "integrationId" = ${integrationId}::uuid AND "documentId" = ANY(${ids}::int[])
        GROUP BY "documentId"
      ), src AS MATERIALIZED (
        SELECT "documentId", channel FROM "ReportDocument"
        WHERE "integrationId" = ${integrationId}::uuid
          AND "documentId" = ANY(ARRAY(SELECT "sourceDocumentId" FROM d WHERE "sourceDocumentId" IS NOT NULL))
      )
      INSERT INTO "ReportDocument" ("integrationId", "companyId", "documentId", "type", "day", "channel", "warehouseId", "customerId",
        "net", "gross", "cost", "quantity", "lines")
      SELECT d."integrationId", d."companyId", d."erpId", d."type", d."issuedAt"::date,
        CASE WHEN coalesce(d."externalNumber", '') <> '' THEN coalesce(m.channel, ${UNKNOWN_CHANNEL})
             WHEN d."type" = 'KFS' THEN coalesce(src."channel", '') ELSE '' END,
        coalesce(d."warehouseId", 0), coalesce(d."customerId", 0), coalesce(l.net, 0), coalesce(l.gross, 0),
        coalesce(l.cost, 0), coalesce(l.quantity, 0), coalesce(l.lines, 0)
      FROM d
      LEFT JOIN l ON l."documentId" = d."erpId"
      LEFT JOIN jsonb_to_recordset(${JSON.stringify(channels)}::jsonb) AS m(key text, channel text)
        ON m.key = d."externalNumber"
      LEFT JOIN src ON src."documentId" = d."sourceDocumentId"
      WHERE d."type" = ANY(${REPORTED_TYPES}::text[]) AND (d."type" = 'KFS') = ${corrections}`;
  }
  await applySalesDelta({ tx, companyId, integrationId, ids, sign: 1 });
}
