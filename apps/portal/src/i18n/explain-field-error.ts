/**
 * A field error's sentence (written in English by the domain layer: zod schemas, ERP checks,
 * the setup wizard's checks) as a message key and its values, so staff read it in their own
 * language. Anything unknown returns null and is shown as written. The unit test runs the
 * settings and wizard schemas on bad input and fails on a message missing here.
 */
export type TFieldErrorExplained = { key: string; values: Record<string, string> };

const RULES: [key: string, pattern: RegExp][] = [
  ["required", /^Required$/],
  ["tooLong", /^Too long$/],
  ["tooHigh", /^Too high$/],
  ["number", /^(A number|Invalid input: expected number.*)$/],
  ["positive", /^More than 0$/],
  /** zod's own wording for a value of the wrong shape (not something the forms send). */
  ["invalid", /^Invalid (input|option)\b/],
  ["wholeSeconds", /^Whole seconds$/],
  ["wholeMinutes", /^Whole minutes$/],
  ["wholeNumbers", /^Whole numbers$/],
  ["atLeastSeconds", /^At least (?<n>\d+) seconds$/],
  ["atMostWeek", /^At most a week$/],
  ["atLeast", /^At least (?<n>[\d,]+)$/],
  ["atMost", /^At most (?<n>[\d,]+)$/],
  ["atMostCodes", /^At most (?<n>\d+) codes$/],
  ["erpMastered", /^Products, prices and stock come from the ERP only$/],
  ["notShowroom", /^Choose a warehouse marked as a showroom$/],
  ["listedTwice", /^Listed twice$/],
  ["noWarehouse", /^The ERP has no warehouse (?<id>\d+)$/],
  ["noVatRate", /^The ERP has no VAT rate (?<id>\d+)$/],
  ["noUnit", /^The ERP has no unit "(?<code>.*)"$/],
  ["chooseAgentForErp", /^Choose an agent: warehouses and mappings are checked against the ERP$/],
  ["chooseAgent", /^Choose the agent installed at the client$/],
  ["agentNotOurs", /^This agent does not belong to the company or was revoked$/],
  ["agentNotConnected", /^The agent "(?<name>.*)" is not connected: install and start it on the ERP server$/],
  ["agentNoErp", /^The agent has no ERP connection: set erpUrl in its configuration file$/],
  ["agentErpDown", /^The agent cannot reach the ERP: (?<detail>.*)$/s],
  ["noStore", /^Mark at least one warehouse as the store: orders reserve stock there$/],
  ["noCodes", /^Give at least one product code as a sales channel would send it$/],
  ["unknownSku", /^The ERP has no product with the symbol \(SKU\): (?<codes>.*)$/],
  ["unknownEan", /^The ERP has no product with the barcode \(EAN\): (?<codes>.*)$/],
  ["preflightRefused", /^The ERP refused the write preflight's (?<document>\S+): (?<message>.*)$/s],
  ["unsellable", /^Withdrawn or blocked in the ERP, so orders would be refused: (?<codes>.*)$/],
  ["sampleCode", /^Choose a product to order$/],
  ["sampleDelivery", /^Choose a delivery method mapped above$/],
  ["samplePayment", /^Choose a payment method mapped above$/],
  ["paymentKind", /^Choose how the ERP books this payment$/],
  ["sampleGone", /^The ERP no longer has this product$/],
  ["sampleRefused", /^The ERP would refuse this order: (?<reason>.*)$/s],
];

/** Every key a sentence can be explained as: each needs a text in every language. */
export const FIELD_ERROR_KEYS = RULES.map(([key]) => key);

export function explainFieldError(message: string): TFieldErrorExplained | null {
  for (const [key, pattern] of RULES) {
    const match = pattern.exec(message);
    if (match) return { key, values: { ...match.groups } };
  }
  return null;
}
