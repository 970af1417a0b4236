export type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The current query with some keys changed (undefined or "" removes a key), as "?a=1&b=2". The
 * table's page is left behind unless `changes` names one: another order, filter or view starts
 * on its first page (page 3 of products is not page 3 of points of contact).
 */
export function withQuery(params: TSearchParams, changes: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" && value && key !== "page") query.set(key, value);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value) query.set(key, value);
    else query.delete(key);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
