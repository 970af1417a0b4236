import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { listSyncOverview } from "../../erp-data/sync/list-sync-overview.ts";
import { countOrders, NO_ORDERS } from "./count-orders.ts";

/** Every client at a glance (staff): the sync overview plus each one's orders waiting, refused and of today. */
export async function listClientDashboards(options: { actor: TActor }) {
  requireStaff(options.actor);
  const [overview, orders] = await Promise.all([listSyncOverview({ actor: options.actor }), countOrders()]);
  return overview.map((client) => ({ ...client, orders: orders.get(client.id) ?? NO_ORDERS }));
}

export type TClientDashboards = Awaited<ReturnType<typeof listClientDashboards>>;
