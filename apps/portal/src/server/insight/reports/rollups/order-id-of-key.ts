const ORDER_KEY = /^o([0-9a-z]{1,25})(-(s|t|r\d+))?$/;

/**
 * The order id inside an order's ERP key (see orders/order-keys.ts: "o" + the id in base 36, then
 * the step): the reverse of orderKey. Null for any other external number.
 */
export function orderIdOfKey(externalNumber: string): string | null {
  const digits = ORDER_KEY.exec(externalNumber.toLowerCase())?.[1];
  if (!digits) return null;
  let value = 0n;
  for (const digit of digits) value = value * 36n + BigInt(Number.parseInt(digit, 36));
  const hex = value.toString(16);
  if (hex.length > 32) return null;
  const full = hex.padStart(32, "0");
  return `${full.slice(0, 8)}-${full.slice(8, 12)}-${full.slice(12, 16)}-${full.slice(16, 20)}-${full.slice(20)}`;
}
