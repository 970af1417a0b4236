/**
 * The external keys of an order's ERP documents (dok_NrPelnyOryg, at most 30 characters and
 * compared case-insensitively by SQL Server): the order id in base 36, padded to 25 characters, plus the
 * step. The same order and step always give the same key, which makes every write idempotent.
 */
export function orderKey(orderId: string, step: "order" | "sale" | "transfer" | { return: number }): string {
  const base = `o${BigInt(`0x${orderId.replace(/-/g, "")}`)
    .toString(36)
    .padStart(25, "0")}`;
  if (step === "order") return base;
  if (step === "sale") return `${base}-s`;
  if (step === "transfer") return `${base}-t`;
  if (step.return < 1 || step.return > 99) throw new RangeError("an order has returns 1..99");
  return `${base}-r${step.return}`;
}

/** Whether an ERP document's external number belongs to some order written by the portal. */
export function isOrderKey(externalNumber: string): boolean {
  return /^o[0-9a-z]{25}(-(s|t|r\d{1,2}))?$/.test(externalNumber);
}
