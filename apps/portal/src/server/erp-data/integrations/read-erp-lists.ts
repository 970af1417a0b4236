import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { readErpDictionary } from "./read-erp-dictionary.ts";

/** The ERP's warehouses, price levels, VAT rates and units, read live: what mappings may name. */
export async function readErpLists(options: {
  actor: TActor;
  companyId: string;
  agentId: string;
  /** The agent's ERP connection to read (the integration's); the default one when absent. */
  connection?: string;
}) {
  requireStaff(options.actor);
  const read = { companyId: options.companyId, agentId: options.agentId, connection: options.connection };
  const [warehouses, priceLevels, vatRates, units] = await Promise.all([
    readErpDictionary({ ...read, resource: "warehouses" }),
    readErpDictionary({ ...read, resource: "priceLevels" }),
    readErpDictionary({ ...read, resource: "vatRates" }),
    readErpDictionary({ ...read, resource: "units" }),
  ]);
  return { warehouses, priceLevels, vatRates, units };
}

export type TErpLists = Awaited<ReturnType<typeof readErpLists>>;
