import type { TOrderInput } from "@erp-bridge/shared";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { invalidInput } from "../platform/errors/app-error.ts";
import { fieldProblem, type TFieldErrors } from "../platform/errors/field-problem.ts";
import type { TPricingCustomer } from "./find-pricing-customer.ts";
import { readCustomerPrices } from "./read-customer-prices.ts";
import type { resolveOrderLines } from "./resolve-order-lines.ts";

type TResolved = Awaited<ReturnType<typeof resolveOrderLines>>[number];

export type TPricedLine = TResolved & {
  unitGross: number;
  vatRate: number;
  /** How the portal priced a line the channel sent without a price (stored on the order line). */
  pricedBy: Record<string, number | string | null> | null;
};

/**
 * Every line's price. A channel's own price stands. A B2B channel may leave a line's price out:
 * it takes the customer's price (customer-price-rule.ts) for the customer the agent will write
 * the ZK for (found in the copy by NIP, else e-mail, by the intake's context read; a buyer the copy does not know pays the
 * channel's level, with promotions for every customer), and the order's total is what the lines
 * make (a total the channel sent must equal it). Any other channel must send every price and the
 * total, as before (400 naming the field).
 */
export async function priceOrderLines(options: {
  channel: TApiChannel;
  input: TOrderInput;
  lines: TResolved[];
  /** The buyer's customer in the copy (intake context), which unpriced lines are priced for. */
  customer: TPricingCustomer | null;
}): Promise<{ lines: TPricedLine[]; totalGross: number }> {
  const { channel, input, customer } = options;
  const errors: TFieldErrors = {};
  const unpriced = options.lines.filter(({ line }) => line.unitGross === undefined);
  options.lines.forEach(({ line }, index) => {
    if (line.unitGross === undefined && channel.kind !== "B2B")
      errors[`lines.${index}.unitGross`] = [fieldProblem("required")];
    if (line.unitGross !== undefined && line.vatRate === undefined)
      errors[`lines.${index}.vatRate`] = [fieldProblem("required")];
  });
  if (input.totalGross === undefined && (channel.kind !== "B2B" || unpriced.length === 0)) {
    errors.totalGross = [fieldProblem("required")];
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors);

  // A second round trip only for a B2B order that leaves prices to the rule.
  const prices =
    unpriced.length === 0
      ? []
      : await readCustomerPrices({
          integrationId: channel.integrationId,
          channelLevel: channel.priceLevel,
          customer,
          selection: { productIds: unpriced.map(({ product }) => product.erpId) },
        });
  const lines = options.lines.map((resolved, index): TPricedLine => {
    const { line, product } = resolved;
    if (line.unitGross !== undefined) {
      return { ...resolved, unitGross: line.unitGross, vatRate: line.vatRate ?? product.vatRate, pricedBy: null };
    }
    const found = prices.find((price) => price.productId === product.erpId);
    if (!found) {
      errors[`lines.${index}.unitGross`] = [fieldProblem("noCustomerPrice", { code: product.sku })];
      return { ...resolved, unitGross: 0, vatRate: 0, pricedBy: null };
    }
    const { price } = found;
    return {
      ...resolved,
      unitGross: price.gross,
      vatRate: line.vatRate ?? product.vatRate,
      pricedBy: {
        customerId: customer?.erpId ?? null,
        priceLevel: price.priceLevel,
        listGross: price.listGross,
        discountPercent: price.discountPercent,
        promotionId: price.promotion?.id ?? null,
      },
    };
  });
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
  const sum = lines.reduce((total, line) => total + Math.round(line.unitGross * line.line.quantity * 100), 0) / 100;
  if (input.totalGross !== undefined && Math.round(input.totalGross * 100) !== Math.round(sum * 100)) {
    throw invalidInput({ totalGross: [fieldProblem("totalMismatch", { sum: sum.toFixed(2) })] });
  }
  return { lines, totalGross: input.totalGross ?? sum };
}
