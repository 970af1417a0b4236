import type { TOrderInput } from "@erp-bridge/shared";
import type { TApiChannel, TApiChannelSql } from "../platform/auth/api-channel.ts";
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
 * Everything the intake decides a new order with, as one JSON value, from the channel's
 * integration's copy: the products its lines name, the integration (agent and settings: what the
 * ZK command is and whether credit holds apply), the buyer's customer when the channel is B2B, and
 * whether the channel takes webhooks. Read without a transaction: the intake's one insert then
 * stores what was decided from it. The intake reads it in its API key's statement
 * (authenticateApiKey's `readAlong`); readIntakeContext reads it on its own.
 */
export function intakeContextSql(options: { channel: TApiChannelSql; input: TOrderInput }): Prisma.Sql {
  const { channel, input } = options;
  const customer = pricingCustomerSql({
    integrationId: channel.integrationId,
    by: { email: input.buyer.email, ...(input.buyer.nip && { nip: input.buyer.nip }) },
  });
  return Prisma.sql`json_build_object(
      'products', (${orderProductsSql({ integrationId: channel.integrationId, lines: input.lines })}),
      'integration', (${stepIntegrationSql(channel.integrationId)}),
      'customer', CASE WHEN ${channel.kind} = 'B2B' THEN (${customer}) END,
      'webhooks', EXISTS (SELECT 1 FROM "SalesChannel"
        WHERE "id" = ${channel.id} AND "webhookUrl" IS NOT NULL AND "disabledAt" IS NULL))`;
}

/** The value of intakeContextSql as the intake takes it. */
export function toIntakeContext(value: unknown): TIntakeContext {
  const context = value as Omit<TIntakeContext, "integration"> & { integration: unknown };
  return { ...context, integration: toStepIntegration(context.integration) };
}

/** The intake's context read on its own, in one round trip (intakeContextSql). */
export async function readIntakeContext(options: {
  channel: TApiChannel;
  input: TOrderInput;
}): Promise<TIntakeContext> {
  const { channel, input } = options;
  const values = {
    id: Prisma.sql`${channel.id}::uuid`,
    integrationId: Prisma.sql`${channel.integrationId}`,
    kind: Prisma.sql`${channel.kind}::text`,
  };
  const [row] = await querySql<{ context: unknown }>(
    Prisma.sql`SELECT ${intakeContextSql({ channel: values, input })} AS "context"`,
    { prepared: true },
  );
  if (!row) throw new Error("the intake's context query returns one row");
  return toIntakeContext(row.context);
}
