import {
  CHANNEL_API_MAX_LIMIT,
  ZCustomerPath,
  ZCustomerPricesPage,
  ZCustomerPricesQuery,
  type TCustomerPricesPage,
} from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { invalidInput, notFound } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { findPricingCustomer } from "../../orders/find-pricing-customer.ts";
import { readCustomerPrices } from "../../orders/read-customer-prices.ts";
import { parseQuery, type TQueryParams } from "./parse-query.ts";

/**
 * What one ERP customer of the channel's company pays: for the SKUs named, or a page of every
 * sellable product. Another company's customer answers like a missing one (404).
 */
export async function listCustomerPrices(options: {
  channel: TApiChannel;
  params: TQueryParams;
  query: TQueryParams;
}): Promise<TCustomerPricesPage> {
  const { id } = parseQuery({ schema: ZCustomerPath, query: options.params });
  const query = parseQuery({ schema: ZCustomerPricesQuery, query: options.query });
  if (query.products && query.after !== undefined) throw invalidInput({ after: [fieldProblem("notWithProducts")] });
  const { integrationId, priceLevel } = options.channel;
  const customer = await findPricingCustomer({ integrationId, by: { erpId: id } });
  if (!customer) throw notFound("customer");
  const capped = query.limit > CHANNEL_API_MAX_LIMIT;
  const limit = capped ? CHANNEL_API_MAX_LIMIT : query.limit;
  const selection = query.products ? { skus: query.products } : { afterProductId: query.after ?? 0, limit: limit + 1 };
  const prices = await readCustomerPrices({ integrationId, channelLevel: priceLevel, customer, selection });
  const page = query.products ? prices : prices.slice(0, limit);
  const priced = new Set(page.map((item) => item.sku));
  return ZCustomerPricesPage.parse({
    customerId: id,
    items: page.map(({ productId, sku, price }) => ({ productId, sku, ...price })),
    missing: (query.products ?? []).filter((sku) => !priced.has(sku)),
    nextAfter: !query.products && prices.length > limit ? (page.at(-1)?.productId ?? null) : null,
    notices: capped ? [`limit capped to ${CHANNEL_API_MAX_LIMIT}`] : [],
  });
}
