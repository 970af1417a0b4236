/**
 * Our idempotency key as stored in dok_NrPelnyOryg (varchar(30)). Users edit that column and other
 * integrators fill it (the sandbox's history has "SKLEP-12-2026" keys of a shop plugin), so ours
 * carry our own prefix "EB": a key of theirs can never be taken for ours. The portal's order keys
 * ("o" + 25 base-36 characters + "-s", "-t" or "-r1".."-r99", up to 30) are stored compacted as
 * "EB" + the 25 characters + S, T or R<n> (at most 30); any other key as "EB:" + the key (at most 27).
 * Both forms are case-insensitive-safe: SQL Server compares this column without case.
 */
const ORDER_KEY = /^o([0-9a-z]{25})(?:-(s|t|r\d{1,2}))?$/;
const STORED_ORDER_KEY = /^EB([0-9a-z]{25})(S|T|R\d{1,2})?$/i;
const PLAIN = "EB:";
export const MAX_PLAIN_KEY = 30 - PLAIN.length;

/** The stored form of a key, or null when the key is too long to carry our prefix. */
export function storedKey(key: string): string | null {
  const order = ORDER_KEY.exec(key);
  if (order) return `EB${order[1] ?? ""}${(order[2] ?? "").toUpperCase()}`;
  return key.length <= MAX_PLAIN_KEY ? `${PLAIN}${key}` : null;
}

/** The key a stored dok_NrPelnyOryg was written under by us, or null when it is not ours. */
export function keyOfStored(stored: string): string | null {
  const text = stored.trim();
  if (text.slice(0, PLAIN.length).toUpperCase() === PLAIN) return text.slice(PLAIN.length);
  const order = STORED_ORDER_KEY.exec(text);
  if (!order) return null;
  const step = order[2]?.toLowerCase();
  return `o${(order[1] ?? "").toLowerCase()}${step ? `-${step}` : ""}`;
}
