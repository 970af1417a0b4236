import { AppError } from "../../platform/errors/app-error.ts";
import { querySql } from "../../platform/database/query-sql.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { COMMIT_WITHOUT_FLUSH } from "../../platform/database/commit-without-flush.ts";
import type { TApiChannel, TApiChannelSql } from "../../platform/auth/api-channel.ts";
import { hashApiKey, isApiKeyShaped } from "./api-key-secrets.ts";

export type TRateLimit = { limit: number; remaining: number; allowed: boolean; retryAfterSeconds: number };

export type TApiCaller = { apiKeyId: string; channel: TApiChannel; rateLimit: TRateLimit };

/**
 * A read a route needs for its request, made in the key's own statement (one round trip fewer): a
 * SQL expression of one value (json, say) over the key's channel.
 */
export type TReadAlong = (channel: TApiChannelSql) => Prisma.Sql;

type TRow = {
  apiKeyId: string;
  channelId: string;
  companyId: string;
  integrationId: string | null;
  erpType: TApiChannel["erpType"];
  kind: TApiChannel["kind"];
  priceLevel: number;
  warehouseIds: number[];
  safetyBuffer: number;
  limit: number;
  count: number;
  retryAfter: number;
  along: unknown;
};

/** One answer for every bad key, so a caller learns nothing about which keys exist. */
function unauthorized(reason: string): AppError {
  return new AppError({ code: "UNAUTHORIZED", message: `API key refused: ${reason}`, userMessage: "Invalid API key" });
}

function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

/**
 * The hash of the key `Authorization` carries, or null when it cannot carry one at all (checked
 * without the database): the intake decides with it whether to read a body before the key's
 * statement (known-api-keys.ts).
 */
export function apiKeyHashOf(authorization: string | null): string | null {
  const key = bearerToken(authorization);
  return key !== null && isApiKeyShaped(key) ? hashApiKey(key) : null;
}

/**
 * Finds the channel of `Authorization: Bearer <key>` and counts the request against the key's
 * per-minute limit. One statement does both, under the key row's lock, so every portal process
 * shares the count and a revoked key or disabled channel is refused from the next request.
 * The window is fixed: it opens with the first request and lasts a minute.
 *
 * Its commit does not wait for the disk (`synchronous_commit` off for this statement's transaction
 * alone): every request of a key updates the same row, and waiting for the flush while holding its
 * lock let one key's requests through one flush at a time (bench:intake: ~270/s with a core to spare).
 * A crash loses at most the last moments' counts (and lastUsedAt), which is harmless; PostgreSQL
 * never applies a later commit without an earlier one, so nothing else is lost or reordered.
 *
 * `readAlong`: what the route will read for the request, read by this same statement (the order
 * intake's context: a round trip fewer for each order); see alongCtes.
 */
export async function authenticateApiKey(options: {
  authorization: string | null;
  /** Read in the same statement; `along` is null when the key is refused or over its limit. */
  readAlong?: TReadAlong;
}): Promise<TApiCaller & { along: unknown }> {
  const key = bearerToken(options.authorization);
  if (!key) throw unauthorized("no bearer token");
  if (!isApiKeyShaped(key)) throw unauthorized("malformed key");
  const secretHash = hashApiKey(key);
  const rows = await querySql<TRow>(
    Prisma.sql`
    WITH clock AS (
      -- Read below, so it runs and sets the commit mode of this statement's own transaction.
      SELECT now() AT TIME ZONE 'UTC' AS now, ${COMMIT_WITHOUT_FLUSH} AS "commitMode"
    )${options.readAlong ? Prisma.sql`, ${alongCtes({ secretHash, readAlong: options.readAlong })}` : Prisma.empty}
    UPDATE "ApiKey" AS k SET
      "windowStart" = CASE WHEN k."windowStart" IS NULL OR k."windowStart" <= clock.now - interval '1 minute'
                           THEN clock.now ELSE k."windowStart" END,
      "windowCount" = CASE WHEN k."windowStart" IS NULL OR k."windowStart" <= clock.now - interval '1 minute'
                           THEN 1 ELSE LEAST(k."windowCount" + 1, c."rateLimitPerMinute" + 1) END,
      "lastUsedAt" = clock.now
    FROM "SalesChannel" AS c LEFT JOIN "Integration" AS i ON i.id = c."integrationId", clock
      ${options.readAlong ? Prisma.sql`, along` : Prisma.empty}
    WHERE k."secretHash" = ${secretHash} AND c.id = k."channelId"
      AND k."revokedAt" IS NULL AND c."disabledAt" IS NULL
    RETURNING k.id AS "apiKeyId", c.id AS "channelId", c."companyId", c."integrationId",
      i."erpType"::text AS "erpType", c.kind::text AS kind, c."priceLevel", c."warehouseIds",
      c."safetyBuffer", c."rateLimitPerMinute" AS "limit", k."windowCount" AS "count",
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM (k."windowStart" + interval '1 minute' - clock.now))))::int AS "retryAfter",
      ${options.readAlong ? Prisma.sql`along.value` : Prisma.sql`NULL::json`} AS "along"`,
    { prepared: true },
  );
  const row = rows[0];
  if (!row) throw unauthorized("unknown or revoked key, or disabled channel");
  const allowed = row.count <= row.limit;
  return {
    apiKeyId: row.apiKeyId,
    channel: {
      id: row.channelId,
      companyId: row.companyId,
      integrationId: row.integrationId,
      erpType: row.erpType,
      kind: row.kind,
      priceLevel: row.priceLevel,
      warehouseIds: row.warehouseIds,
      safetyBuffer: row.safetyBuffer,
    },
    rateLimit: {
      limit: row.limit,
      remaining: Math.max(0, row.limit - row.count),
      allowed,
      retryAfterSeconds: row.retryAfter,
    },
    along: allowed ? row.along : null,
  };
}

/**
 * The read along the count (`along`: one row, its value NULL for a refused key or one over its
 * limit). It reads the key's channel without locking the key's row, and `along` is materialized,
 * so it is all read before the count below locks that row: the lock is held from the count to the
 * commit, as without a read along, not while the read runs (every request of one key waits for that
 * lock). Whether the key may pass is still decided by the count alone, under the lock: a key revoked
 * meanwhile gets no count and a 401, whatever was read along.
 */
function alongCtes(options: { secretHash: string; readAlong: TReadAlong }): Prisma.Sql {
  const channel = {
    id: Prisma.sql`key_channel.id`,
    integrationId: Prisma.sql`key_channel."integrationId"`,
    kind: Prisma.sql`key_channel.kind`,
  };
  return Prisma.sql`key_channel AS (
      SELECT c.id, c."integrationId", c.kind::text AS kind
      FROM "ApiKey" AS k JOIN "SalesChannel" AS c ON c.id = k."channelId", clock
      WHERE k."secretHash" = ${options.secretHash} AND k."revokedAt" IS NULL AND c."disabledAt" IS NULL
        -- Over the limit in this window already: its request is refused, so nothing is read for it.
        AND NOT (k."windowStart" > clock.now - interval '1 minute' AND k."windowCount" >= c."rateLimitPerMinute")
    ), along AS MATERIALIZED (
      SELECT (SELECT ${options.readAlong(channel)} FROM key_channel) AS value
    )`;
}
