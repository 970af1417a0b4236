import type { Prisma } from "../../../generated/prisma/client.ts";

/**
 * A sales channel calling the API with its key, as the domain sees the caller: what the
 * channel API and order intake need of it. Every query filters by its companyId.
 */
export type TApiChannel = {
  id: string;
  companyId: string;
  /**
   * The integration whose cloud copy the channel reads and whose ERP takes its orders; null for a
   * channel of a company without any integration yet (it reads nothing).
   */
  integrationId: string | null;
  /** That integration's ERP type (Prisma ErpType): a read-only ERP's channel is refused orders. */
  erpType: "SUBIEKT_GT" | "OPTIMA" | null;
  /** STORE, B2B or SHOWROOM_POS: a B2B channel's orders may leave prices to the customer price rule. */
  kind: "STORE" | "B2B" | "SHOWROOM_POS";
  priceLevel: number;
  warehouseIds: number[];
  safetyBuffer: number;
};

/**
 * The calling channel as SQL names it for a read made along the API key's check, in the key's own
 * statement (authenticateApiKey's `readAlong`): expressions of that statement, not values.
 */
export type TApiChannelSql = { id: Prisma.Sql; integrationId: Prisma.Sql; kind: Prisma.Sql };
