import type { TChangesRequest } from "./parse-changes-query.ts";
import { encodeUpdatedSince } from "./updated-since-token.ts";

/**
 * Cuts rows read with `LIMIT limit + 1` (in rowVersion order) into a page: the extra row only
 * says there is more. An empty page hands back the caller's own position.
 */
export function toChangesPage<R extends { rowVersion: bigint }>(options: { request: TChangesRequest; rows: R[] }) {
  const { request, rows } = options;
  const page = rows.slice(0, request.limit);
  const last = page.at(-1)?.rowVersion ?? request.after;
  return {
    rows: page,
    hasMore: rows.length > request.limit,
    nextUpdatedSince: encodeUpdatedSince(last),
    notices: request.notices,
  };
}
