import { WRITING_ERP_TYPES, type TErpType } from "@erp-bridge/shared";
import type { ErpType } from "../../generated/prisma/client.ts";

/** The database's ERP types, for pages that must not reach into the generated client. */
export type { ErpType };

/** The database's ERP type as the wire protocol names it (shared ZErpType). */
export const ERP_TYPE_KEY: Record<ErpType, TErpType> = { SUBIEKT_GT: "subiekt-gt", OPTIMA: "optima" };

/** Whether the portal may send an integration of this ERP type orders (its connector writes documents). */
export function erpTakesOrders(erpType: ErpType): boolean {
  return WRITING_ERP_TYPES.includes(ERP_TYPE_KEY[erpType]);
}

/** The name a new integration is offered (the wizard's name field starts with it): its ERP's. */
export const DEFAULT_INTEGRATION_NAME: Record<ErpType, string> = {
  SUBIEKT_GT: "Subiekt GT",
  OPTIMA: "Comarch ERP Optima",
};
