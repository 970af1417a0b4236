import { getDb } from "../../platform/database/db.ts";
import type { TDimension } from "./report-filters.ts";
import { CONTACT } from "./point-of-contact.ts";
import type { TReportContext } from "./load-report-context.ts";
import type { TReportWords } from "./report-table.ts";

/** Names for a dimension's keys: channel names, warehouse roles, groups, products, customers. */
export async function labelKeys(options: {
  context: TReportContext;
  dim: TDimension;
  keys: (string | number)[];
  words: TReportWords;
}): Promise<Map<string | number, string>> {
  const { context, words } = options;
  const integrationId = { in: context.integrationIds };
  const ids = options.keys.filter((k): k is number => typeof k === "number" && k > 0);
  // Thousands of ids: reading the integrations' whole lists is cheaper than binding each one.
  const among = ids.length > 1000 ? undefined : { in: ids };
  switch (options.dim) {
    case "contact": {
      const channels = new Map(context.channels.map((c) => [`channel:${c.id}`, c.name]));
      const fixed: Record<string, string> = {
        [CONTACT.erp]: words.erp,
        [CONTACT.showroom]: words.showroom,
        [CONTACT.unknownChannel]: words.unknownChannel,
      };
      return new Map(options.keys.map((k) => [k, fixed[String(k)] ?? channels.get(String(k)) ?? String(k)]));
    }
    case "warehouse":
      return new Map(
        options.keys.map((k) => {
          const showroom = context.warehouseRoles.get(Number(k)) === "showroom";
          const name = context.warehouseNames.get(Number(k)) ?? words.warehouse(Number(k));
          return [k, showroom ? `${name} (${words.showroom})` : name];
        }),
      );
    case "group": {
      const rows = await getDb().erpProduct.findMany({
        where: { integrationId, groupId: { in: ids } },
        select: { groupId: true, groupName: true },
        distinct: ["groupId"],
      });
      const names = new Map(rows.map((r) => [r.groupId ?? 0, r.groupName ?? `#${r.groupId}`]));
      return new Map(options.keys.map((k) => [k, k === 0 ? words.noGroup : (names.get(Number(k)) ?? `#${k}`)]));
    }
    case "product": {
      const rows = await getDb().erpProduct.findMany({
        where: { integrationId, erpId: among },
        select: { erpId: true, sku: true, name: true },
      });
      const names = new Map(rows.map((r) => [r.erpId, `${r.sku} ${r.name}`]));
      return new Map(options.keys.map((k) => [k, k === 0 ? words.noProduct : (names.get(Number(k)) ?? `#${k}`)]));
    }
    case "customer": {
      const rows = await getDb().erpCustomer.findMany({
        where: { integrationId, erpId: among },
        select: { erpId: true, code: true, name: true },
      });
      const names = new Map(rows.map((r) => [r.erpId, `${r.name} (${r.code})`]));
      return new Map(options.keys.map((k) => [k, k === 0 ? words.anonymous : (names.get(Number(k)) ?? `#${k}`)]));
    }
  }
}
