import { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";
import type { TDimension } from "./report-filters.ts";
import { CONTACT } from "./point-of-contact.ts";
import { sourceName, type TReportContext } from "./load-report-context.ts";
import type { TReportWords } from "./report-table.ts";

/** A dimension's key: an id (a symbol for products), and for per-source ids their integration. */
export type TLabelKey = { id: string | number; integration?: string };
export type TLabel = (key: TLabelKey) => string;

/**
 * Names for a dimension's keys: channel names, ERP sources, warehouse roles, groups, products,
 * customers. Warehouses, groups and customers are named from their own integration's copy; a
 * product symbol from the first (oldest) integration that has it.
 */
export async function labelKeys(options: {
  context: TReportContext;
  dim: TDimension;
  keys: TLabelKey[];
  words: TReportWords;
}): Promise<TLabel> {
  const { context, words } = options;
  const integrationId = { in: context.integrationIds };
  const numbers = options.keys.map((k) => Number(k.id)).filter((k) => Number.isInteger(k) && k > 0);
  // Thousands of ids: reading the integrations' whole lists is cheaper than binding each one.
  const among = <T>(values: T[]) => (values.length > 1000 ? undefined : { in: values });
  const inSource = (integration: string | undefined, id: string | number) => `${integration ?? ""}:${id}`;
  switch (options.dim) {
    case "contact": {
      const channels = new Map(context.channels.map((c) => [`channel:${c.id}`, c.name]));
      const fixed: Record<string, string> = {
        [CONTACT.erp]: words.erp,
        [CONTACT.showroom]: words.showroom,
        [CONTACT.unknownChannel]: words.unknownChannel,
      };
      return (k) => fixed[String(k.id)] ?? channels.get(String(k.id)) ?? String(k.id);
    }
    case "integration":
      return (k) => sourceName(context, String(k.id)) || String(k.id);
    case "warehouse":
      return (k) => {
        const source = context.sources.find((s) => s.id === k.integration);
        const showroom = source?.warehouseRoles.get(Number(k.id)) === "showroom";
        const name = source?.warehouseNames.get(Number(k.id)) ?? words.warehouse(Number(k.id));
        return showroom ? `${name} (${words.showroom})` : name;
      };
    case "group": {
      const rows = await getDb().$queryRaw<{ integrationId: string; groupId: number; groupName: string | null }[]>`
        SELECT DISTINCT ON ("integrationId", "groupId") "integrationId"::text, "groupId", "groupName"
        FROM "ErpProduct" WHERE "integrationId" = ANY(${context.integrationIds}::uuid[])
          AND "groupId" = ANY(${numbers}::int[])`;
      const names = new Map(rows.map((r) => [inSource(r.integrationId, r.groupId), r.groupName ?? `#${r.groupId}`]));
      return (k) =>
        Number(k.id) === 0 ? words.noGroup : (names.get(inSource(k.integration, Number(k.id))) ?? `#${k.id}`);
    }
    case "product": {
      // Each symbol's name from the first integration that has it; in the database, since a table by
      // product names thousands (then every product of the integrations is read, not bound).
      const symbols = options.keys.map((k) => String(k.id)).filter((k) => k !== "");
      const ids = context.integrationIds;
      const rows = await getDb().$queryRaw<{ sku: string; name: string }[]>`
        SELECT DISTINCT ON (sku) sku, name FROM "ErpProduct"
        WHERE "integrationId" = ANY(${ids}::uuid[])
          ${symbols.length > 1000 ? Prisma.empty : Prisma.sql`AND sku = ANY(${symbols}::text[])`}
        ORDER BY sku, array_position(${ids}::uuid[], "integrationId")`;
      const names = new Map(rows.map((r) => [r.sku, `${r.sku} ${r.name}`]));
      return (k) => (k.id === "" ? words.noProduct : (names.get(String(k.id)) ?? String(k.id)));
    }
    case "customer": {
      const rows = await getDb().erpCustomer.findMany({
        where: { integrationId, erpId: among(numbers) },
        select: { integrationId: true, erpId: true, code: true, name: true },
      });
      const names = new Map(rows.map((r) => [inSource(r.integrationId, r.erpId), `${r.name} (${r.code})`]));
      return (k) =>
        Number(k.id) === 0 ? words.anonymous : (names.get(inSource(k.integration, Number(k.id))) ?? `#${k.id}`);
    }
  }
}
