import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "../../../apps/portal/src/generated/prisma/client.ts";
import { authenticateApiKey } from "../../../apps/portal/src/server/channels/api-keys/authenticate-api-key.ts";
import { newApiKey } from "../../../apps/portal/src/server/channels/api-keys/api-key-secrets.ts";
import { createApiKey } from "../../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { revokeApiKey } from "../../../apps/portal/src/server/channels/api-keys/revoke-api-key.ts";
import { disableChannel } from "../../../apps/portal/src/server/channels/sales-channels/disable-channel.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { eventually } from "../../support/eventually.ts";
import { failureOf } from "../../support/failure-of.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { callRoute, errorOf, makeChannelWithKey, routeGet } from "./channel-fixture.ts";

const getProducts = await routeGet("products");

const products = (key?: string) => callRoute({ get: getProducts, path: "/api/v1/products", key });

describe("API key authentication", () => {
  it("refuses a missing, malformed or unknown key with the same neutral 401", async () => {
    const { key } = await makeChannelWithKey();
    const unknown = newApiKey().key;
    const answers = await Promise.all([undefined, "nonsense", `${key}x`, unknown].map((k) => products(k)));
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe("Bearer");
      expect(errorOf(answer.body).code).toBe("UNAUTHORIZED");
    }
    expect(new Set(answers.map((a) => JSON.stringify((a.body as { error: unknown }).error))).size).toBe(1);
  });

  it("accepts a valid key, sets the rate-limit headers and records when it was used", async () => {
    const { apiKey, key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 50 } });
    const answer = await products(key);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-ratelimit-limit")).toBe("50");
    expect(answer.headers.get("x-ratelimit-remaining")).toBe("49");
    expect(answer.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const row = await getDb().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(Math.abs((row.lastUsedAt?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it("a revoked key is refused from the very next request", async () => {
    const { companyId, apiKey, key } = await makeChannelWithKey();
    expect((await products(key)).status).toBe(200);
    await revokeApiKey({ actor: STAFF_ACTOR, companyId, apiKeyId: apiKey.id });
    const answer = await products(key);
    expect(answer.status).toBe(401);
    expect(errorOf(answer.body).code).toBe("UNAUTHORIZED");
  });

  it("a disabled channel's keys are refused, and it gets no new ones", async () => {
    const { companyId, channel, key } = await makeChannelWithKey();
    await disableChannel({ actor: STAFF_ACTOR, companyId, channelId: channel.id });
    expect((await products(key)).status).toBe(401);
    const another = createApiKey({ actor: STAFF_ACTOR, companyId, channelId: channel.id, input: { name: "late" } });
    expect((await failureOf(another)).code).toBe("CONFLICT");
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a key used its requests for the minute; other keys count apart", async () => {
    const { companyId, channel, key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 3 } });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await products(key);
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get("x-ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const limited = await products(key);
    expect(limited.status).toBe(429);
    expect(errorOf(limited.body).code).toBe("RATE_LIMITED");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await products(key)).status).toBe(429);

    const second = await createApiKey({ actor: STAFF_ACTOR, companyId, channelId: channel.id, input: { name: "b" } });
    expect((await products(second.key)).status).toBe(200);
  });

  it("counts concurrent requests exactly: the limit holds under a burst", async () => {
    const { key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 5 } });
    const answers = await Promise.all(Array.from({ length: 12 }, () => products(key)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it("the count's commit skips the disk wait for its own transaction only: later statements commit durably", async () => {
    const { key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 50 } });
    for (let i = 0; i < 3; i++) expect((await products(key)).status).toBe(200);
    // As many statements at once as the pool has connections, so every connection that counted a
    // request answers: an order stored on one must wait for its flush.
    const settings = await Promise.all(
      Array.from(
        { length: Number(process.env.DATABASE_POOL_SIZE) },
        () =>
          getDb().$queryRaw<
            { mode: string }[]
          >`SELECT current_setting('synchronous_commit') AS mode FROM (SELECT pg_sleep(0.05)) AS pause`,
      ),
    );
    expect(settings.map(([row]) => row?.mode)).toEqual(settings.map(() => "on"));
  });

  it("a new window opens a minute after the first request", async () => {
    const { apiKey, key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 1 } });
    expect((await products(key)).status).toBe(200);
    expect((await products(key)).status).toBe(429);
    // Move the window's start back instead of waiting a minute.
    await getDb().$executeRaw`
      UPDATE "ApiKey" SET "windowStart" = "windowStart" - interval '61 seconds' WHERE id = ${apiKey.id}::uuid`;
    expect((await products(key)).status).toBe(200);
  });
});

describe("a read along the key's count (the order intake's context)", () => {
  const bearer = (key: string) => `Bearer ${key}`;

  it("is read for a key within its limit only: nothing for one over it, nor for an unknown key", async () => {
    const { key } = await makeChannelWithKey({ channel: { rateLimitPerMinute: 1 } });
    // Each read along takes a number from the sequence, so the sequence counts the reads.
    const sequence = `along_reads_${Date.now()}`;
    await getDb().$executeRawUnsafe(`CREATE SEQUENCE "${sequence}"`);
    try {
      const readAlong = () => Prisma.sql`nextval(${sequence}::regclass)::int`;
      const first = await authenticateApiKey({ authorization: bearer(key), readAlong });
      expect([first.rateLimit.allowed, first.along]).toEqual([true, 1]);
      const limited = await authenticateApiKey({ authorization: bearer(key), readAlong });
      expect([limited.rateLimit.allowed, limited.along]).toEqual([false, null]);
      const unknown = authenticateApiKey({ authorization: bearer(newApiKey().key), readAlong });
      expect((await failureOf(unknown)).code).toBe("UNAUTHORIZED");
      const [row] = await getDb().$queryRawUnsafe<{ reads: number }[]>(
        `SELECT last_value::int AS reads FROM "${sequence}"`,
      );
      expect(row?.reads).toBe(1);
    } finally {
      await getDb().$executeRawUnsafe(`DROP SEQUENCE "${sequence}"`);
    }
  });

  it("is read before the key's row is locked: the key's other requests do not wait for a slow read", async () => {
    const { key } = await makeChannelWithKey();
    const lockId = Math.floor(Math.random() * 1_000_000_000);
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [lockId]);
      // Its read along waits for the holder's lock.
      const readAlong = () => Prisma.sql`(SELECT 1 FROM pg_advisory_xact_lock_shared(${lockId}::bigint))`;
      const slow = authenticateApiKey({ authorization: bearer(key), readAlong });
      const waiting = (event: string) =>
        getDb().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = ${event}`;
      const waitingFor = async (event: string) => ((await waiting(event))[0]?.count ?? 0) > 0;
      await eventually(async () => ((await waitingFor("advisory")) ? true : undefined), {
        what: "the slow read along waiting",
        intervalMs: 10,
      });
      // Another request of the same key is counted meanwhile, or waits for the slow one's row lock.
      let counted = false;
      const quick = authenticateApiKey({ authorization: bearer(key) }).then(() => (counted = true));
      const outcome = await eventually(
        async () => (counted ? "counted" : (await waitingFor("transactionid")) ? "waited for the row" : undefined),
        { what: "the key's other request counted, or waiting for the key's row", intervalMs: 10 },
      );
      await holder.query("SELECT pg_advisory_unlock($1)", [lockId]);
      await Promise.all([slow, quick]);
      expect(outcome).toBe("counted");
    } finally {
      await holder.end();
    }
  });
});
