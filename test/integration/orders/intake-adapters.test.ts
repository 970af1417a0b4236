import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { portalRequestListener } from "../../../apps/portal/src/server/boot/portal-requests.ts";
import { newApiKey } from "../../../apps/portal/src/server/channels/api-keys/api-key-secrets.ts";
import { revokeApiKey } from "../../../apps/portal/src/server/channels/api-keys/revoke-api-key.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import {
  companyTakingOrders,
  makeChannelWithKey,
  twoLineOrder,
  upsertProduct,
} from "../channel-api/channel-fixture.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";

/**
 * The portal's custom server answers POST /api/v1/orders itself, beside Next's router; Next's route
 * handler for it stays. A channel must not be able to tell them apart: the same requests through
 * both get the same status, headers and body (the request id aside), and an order taken by one is
 * the same order to the other.
 */
type TAnswer = { status: number; headers: Record<string, string | null>; body: unknown };
type TRequest = {
  key?: string;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
  /** Sent as a stream (chunked, no Content-Length): the size cap is met while reading. */
  chunked?: boolean;
};

const HEADERS = ["content-type", "cache-control", "www-authenticate", "retry-after", "x-ratelimit-limit"];

let companyId: string;
let listener: http.Server;
let listenerUrl: string;
const nextRoute = (await import(
  /* @vite-ignore */ new URL("../../../apps/portal/src/app/api/v1/orders/route.ts", import.meta.url).href
)) as { POST: (request: Request) => Promise<Response> };

beforeAll(async () => {
  ({ companyId } = await companyTakingOrders());
  await upsertProduct({ companyId, erpId: 1, sku: "A-1" });
  await upsertProduct({ companyId, erpId: 2, sku: "B-2" });
  // Next itself is not built here: whatever reaches it is a 404, which no test below expects.
  listener = http.createServer(portalRequestListener({ next: async (_req, res) => void res.writeHead(404).end() }));
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/api/v1/orders`;
});

afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

function init(request: TRequest): RequestInit {
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  return {
    method: "POST",
    headers: {
      ...(request.key !== undefined && { authorization: `Bearer ${request.key}` }),
      ...(body !== undefined && { "content-type": request.contentType ?? "application/json" }),
    },
    ...(body !== undefined && { body: request.chunked ? streamOf(body) : body }),
    ...(request.chunked && { duplex: "half" }),
  };
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)));
    },
  });
}

async function answerOf(response: Response): Promise<TAnswer> {
  const body = (await response.json()) as Record<string, unknown>;
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  const { requestId, ...rest } = body;
  if (requestId !== undefined) expect(requestId).toBe(response.headers.get("x-request-id"));
  const headers = Object.fromEntries(HEADERS.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: rest };
}

const viaServer = async (request: TRequest) => answerOf(await fetch(listenerUrl, init(request)));
const viaNext = async (request: TRequest) =>
  answerOf(await nextRoute.POST(new Request("http://portal.test/api/v1/orders", init(request))));

/** The same request through both; their answers, which must be equal. */
async function throughBoth(request: TRequest): Promise<TAnswer> {
  const [server, next] = [await viaServer(request), await viaNext(request)];
  expect(server).toEqual(next);
  return server;
}

const codeOf = (answer: TAnswer) => (answer.body as { error?: { code: string } }).error?.code;

/**
 * The statuses (Next's route, the custom server) of a request whose body never ends: its sender
 * stops after one chunk, so an intake that read the body before answering would answer nothing.
 */
async function endlessBodyStatuses(authorization: string | undefined): Promise<[number, number]> {
  const headers = { "content-type": "application/json", ...(authorization && { authorization }) };
  const firstChunk = '{"externalId":"endless","lines":[';
  const endless = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(firstChunk)),
    pull: () => new Promise<void>(() => undefined),
  });
  const next = await nextRoute.POST(
    new Request("http://portal.test/api/v1/orders", {
      method: "POST",
      headers,
      body: endless,
      duplex: "half",
    } as RequestInit),
  );
  const server = await new Promise<number>((resolve, reject) => {
    const request = http.request(listenerUrl, { method: "POST", headers });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on("error", reject);
    request.write(firstChunk);
  });
  return [next.status, server];
}

describe("the order intake answered by the custom server and by Next's route alike", () => {
  it("an order taken by one is the same order to the other, whichever comes first", async () => {
    const { key } = await makeChannelWithKey({ companyId });
    const input = twoLineOrder();
    const created = await viaServer({ key, body: input });
    expect(created.status).toBe(201);
    expect(created.headers["cache-control"]).toBe("no-store, no-transform");
    const again = await viaNext({ key, body: input });
    expect(again).toEqual({ ...created, status: 200 });
    expect(await viaServer({ key, body: input })).toEqual(again);

    const other = twoLineOrder();
    const first = await viaNext({ key, body: other });
    expect(first.status).toBe(201);
    expect(await viaServer({ key, body: other })).toEqual({ ...first, status: 200 });
    expect(
      await getDb().order.count({ where: { companyId, externalId: { in: [input.externalId, other.externalId] } } }),
    ).toBe(2);
  });

  it("refuses keys alike: none, unknown, revoked", async () => {
    const { apiKey, key } = await makeChannelWithKey({ companyId });
    const body = twoLineOrder();
    expect(codeOf(await throughBoth({ body }))).toBe("UNAUTHORIZED");
    expect((await throughBoth({ key: `${key}x`, body })).headers["www-authenticate"]).toBe("Bearer");
    await revokeApiKey({ actor: STAFF_ACTOR, companyId, apiKeyId: apiKey.id });
    expect((await throughBoth({ key, body })).status).toBe(401);
    expect(await getDb().order.count({ where: { companyId, externalId: body.externalId } })).toBe(0);
  });

  it("refuses a request that cannot carry a key without reading its body: one that never ends is answered 401", async () => {
    for (const authorization of [undefined, "Bearer not-a-key", "Basic abc"]) {
      expect(await endlessBodyStatuses(authorization)).toEqual([401, 401]);
    }
  });

  it("refuses a well-formed key it has not seen pass without reading its body: unknown, revoked before its first request", async () => {
    const { apiKey, key } = await makeChannelWithKey({ companyId });
    await revokeApiKey({ actor: STAFF_ACTOR, companyId, apiKeyId: apiKey.id });
    for (const refused of [newApiKey().key, key])
      expect(await endlessBodyStatuses(`Bearer ${refused}`)).toEqual([401, 401]);
  });

  it("refuses a key revoked after it passed here from its next request, and then reads its bodies no more", async () => {
    const { apiKey, key } = await makeChannelWithKey({ companyId });
    expect((await viaServer({ key, body: twoLineOrder() })).status).toBe(201);
    expect((await viaNext({ key, body: twoLineOrder() })).status).toBe(201);
    // As another portal process would revoke it: only the database knows.
    await getDb().apiKey.update({ where: { id: apiKey.id }, data: { revokedAt: new Date() } });
    const body = twoLineOrder();
    expect(codeOf(await throughBoth({ key, body }))).toBe("UNAUTHORIZED");
    expect(await getDb().order.count({ where: { companyId, externalId: body.externalId } })).toBe(0);
    expect(await endlessBodyStatuses(`Bearer ${key}`)).toEqual([401, 401]);
  });

  it("refuses bad input alike, naming the field", async () => {
    const { key } = await makeChannelWithKey({ companyId });
    const unknown = twoLineOrder({ lines: [{ product: { sku: "NOPE" }, quantity: 1, unitGross: 26, vatRate: 23 }] });
    const answers = [
      await throughBoth({ key, body: twoLineOrder({ buyer: undefined }) }),
      await throughBoth({ key, body: unknown }),
      await throughBoth({ key, body: twoLineOrder({ totalGross: 1 }) }),
      await throughBoth({ key, rawBody: "{not json" }),
      await throughBoth({ key, body: twoLineOrder(), contentType: "text/plain" }),
      await throughBoth({ key, rawBody: JSON.stringify({ ...twoLineOrder(), notes: "x".repeat(1_100_000) }) }),
      await throughBoth({
        key,
        rawBody: JSON.stringify({ ...twoLineOrder(), notes: "x".repeat(1_100_000) }),
        chunked: true,
      }),
    ];
    expect(answers.map((answer) => [answer.status, codeOf(answer)])).toEqual([
      [400, "INVALID_INPUT"],
      [400, "INVALID_INPUT"],
      [400, "INVALID_INPUT"],
      [400, "INVALID_INPUT"],
      [415, "UNSUPPORTED_MEDIA_TYPE"],
      [413, "PAYLOAD_TOO_LARGE"],
      [413, "PAYLOAD_TOO_LARGE"],
    ]);
    expect((answers[1]?.body as { error: { fields: object } }).error.fields).toHaveProperty(["lines.0.product"]);
  });

  it("checks the key, then its limit, then the body: a bad body is answered only for a key that passes", async () => {
    const { key } = await makeChannelWithKey({ companyId, channel: { rateLimitPerMinute: 1 } });
    const badBodies: TRequest[] = [{ rawBody: "{not json" }, { body: twoLineOrder({ buyer: undefined }) }];
    for (const bad of badBodies) {
      expect(codeOf(await throughBoth({ ...bad, key: `${key}x` }))).toBe("UNAUTHORIZED");
    }
    expect(codeOf(await viaServer({ ...badBodies[0], key }))).toBe("INVALID_INPUT");
    for (const bad of badBodies) expect(codeOf(await throughBoth({ ...bad, key }))).toBe("RATE_LIMITED");
  });

  it("answers a key's first request here in the same order: a key used up in another process gets 429, not the body's 400", async () => {
    const { apiKey, key } = await makeChannelWithKey({ companyId, channel: { rateLimitPerMinute: 1 } });
    // Its one request this minute went through another portal process: only the database counted it.
    await getDb().apiKey.update({ where: { id: apiKey.id }, data: { windowStart: new Date(), windowCount: 1 } });
    expect(codeOf(await throughBoth({ rawBody: "{not json", key }))).toBe("RATE_LIMITED");
  });

  it("decides the order from the key's own channel: a product only another company's copy has is unknown", async () => {
    const other = await companyTakingOrders();
    // Without an agent there, an order decided from that copy would be stored: the insert's check
    // that the command's agent is the company's own would not catch it.
    await getDb().integration.update({ where: { id: other.integrationId }, data: { agentId: null } });
    await upsertProduct({ companyId: other.companyId, erpId: 3, sku: "C-3" });
    const { key } = await makeChannelWithKey({ companyId });
    const { key: otherKey } = await makeChannelWithKey({ companyId: other.companyId });
    const line = { product: { sku: "C-3" }, quantity: 1, unitGross: 26, vatRate: 23 };
    const refused = await throughBoth({ key, body: twoLineOrder({ lines: [line] }) });
    expect((refused.body as { error: { fields: object } }).error.fields).toHaveProperty(["lines.0.product"]);
    expect((await viaServer({ key: otherKey, body: twoLineOrder({ lines: [line] }) })).status).toBe(201);
  });

  it("takes an order in three statements before its answer: the key's count with the order's context, the insert, the announcement", async () => {
    const { key } = await makeChannelWithKey({ companyId });
    await viaServer({ key, body: twoLineOrder() });
    // Every statement this process sends goes through a pg client's query (the pool's, Prisma's):
    // counted as it passes, still sent to PostgreSQL.
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect((await viaServer({ key, body: twoLineOrder() })).status).toBe(201);
      expect(sent).toHaveBeenCalledTimes(3);
    } finally {
      sent.mockRestore();
    }
  });

  it("an externalId reused with other content is refused alike (409)", async () => {
    const { key } = await makeChannelWithKey({ companyId });
    const input = twoLineOrder();
    expect((await viaServer({ key, body: input })).status).toBe(201);
    const reused = await throughBoth({ key, body: { ...input, notes: "other content" } });
    expect([reused.status, codeOf(reused)]).toEqual([409, "EXTERNAL_ID_REUSED"]);
  });

  it("counts both against the key's one limit, and refuses alike past it (429)", async () => {
    const { key } = await makeChannelWithKey({ companyId, channel: { rateLimitPerMinute: 2 } });
    expect((await viaServer({ key, body: twoLineOrder() })).status).toBe(201);
    expect((await viaNext({ key, body: twoLineOrder() })).status).toBe(201);
    const limited = await throughBoth({ key, body: twoLineOrder() });
    expect([limited.status, codeOf(limited)]).toEqual([429, "RATE_LIMITED"]);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  });
});
