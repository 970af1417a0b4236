import type { TOrderInput } from "@erp-bridge/shared";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { querySql } from "../platform/database/query-sql.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { TStepIntegration } from "./decide-erp-step.ts";
import { pricingCustomerSql, type TPricingCustomer } from "./find-pricing-customer.ts";
import { toStepIntegration, stepIntegrationSql } from "./read-step-integration.ts";
import { orderProductsSql, type TOrderProduct } from "./resolve-order-lines.ts";

export type TIntakeContext = {
  products: TOrderProduct[];
  integration: TStepIntegration | null;
  /** The buyer's customer in the copy, for a B2B channel (its prices, its credit); null otherwise or unknown. */
  customer: TPricingCustomer | null;
  /** The channel takes webhooks: the new order is announced to it. */
  webhooks: boolean;
};

/**
 * Everything the intake decides a new order with, in one round trip, from the channel's
 * integration's copy: the products its lines name, the integration (agent and settings: what the ZK command is and whether credit holds apply),
 * the buyer's customer when the channel is B2B, and whether the channel takes webhooks. Read
 * without a transaction: the intake's one insert then stores what was decided from it.
 */
export async function readIntakeContext(options: {
  channel: TApiChannel;
  input: TOrderInput;
}): Promise<TIntakeContext> {
  const { channel, input } = options;
  const customer =
    channel.kind === "B2B"
      ? pricingCustomerSql({
          integrationId: channel.integrationId,
          by: { email: input.buyer.email, ...(input.buyer.nip && { nip: input.buyer.nip }) },
        })
      : Prisma.sql`SELECT NULL::json`;
  const [row] = await querySql<{
    products: TOrderProduct[];
    integration: unknown;
    customer: TPricingCustomer | null;
    webhooks: boolean;
  }>(
    Prisma.sql`
    SELECT (${orderProductsSql({ integrationId: channel.integrationId, lines: input.lines })}) AS "products",
      (${stepIntegrationSql(channel.integrationId)}) AS "integration",
      (${customer}) AS "customer",
      EXISTS (SELECT 1 FROM "SalesChannel"
        WHERE "id" = ${channel.id}::uuid AND "webhookUrl" IS NOT NULL AND "disabledAt" IS NULL) AS "webhooks"`,
    { prepared: true },
  );
  if (!row) throw new Error("the intake's context query returns one row");
  return { ...row, integration: toStepIntegration(row.integration) };
}
