import { CHANNEL_API_MAX_LIMIT, ZChangesQuery } from "@erp-bridge/shared";
import { parseQuery, type TQueryParams } from "./parse-query.ts";
import { decodeUpdatedSince } from "./updated-since-token.ts";

export type TChangesRequest = {
  /** Rows with a rowVersion above this one; 0 from the beginning. */
  after: bigint;
  /** Whether the caller sent a token, i.e. already holds an earlier state. */
  resuming: boolean;
  limit: number;
  notices: string[];
};

/** A change feed's query: the decoded token and the page size, capped with a notice. */
export function parseChangesQuery(query: TQueryParams): TChangesRequest {
  const parsed = parseQuery({ schema: ZChangesQuery, query });
  const capped = parsed.limit > CHANNEL_API_MAX_LIMIT;
  return {
    after: parsed.updatedSince === undefined ? 0n : decodeUpdatedSince(parsed.updatedSince),
    resuming: parsed.updatedSince !== undefined,
    limit: capped ? CHANNEL_API_MAX_LIMIT : parsed.limit,
    notices: capped ? [`limit capped to ${CHANNEL_API_MAX_LIMIT}`] : [],
  };
}
