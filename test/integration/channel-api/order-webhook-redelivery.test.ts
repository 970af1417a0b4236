import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOrderEngine } from "../../../apps/portal/src/server/boot/engines/start-order-engine.ts";
import { verifyWebhookSignature } from "../../../apps/portal/src/server/channels/webhooks/verify-webhook-signature.ts";
import { addOrderEvent } from "../../../apps/portal/src/server/orders/order-events.ts";
import { getDb, runTransaction } from "../../../apps/portal/src/server/platform/database/db.ts";
import { JOBS } from "../../../apps/portal/src/server/platform/jobs/job-catalogue.ts";
import { getJobQueue } from "../../../apps/portal/src/server/platform/jobs/job-queue.ts";
import { uuidV7 } from "../../../apps/portal/src/server/platform/database/uuid-v7.ts";
import { eventually } from "../../support/eventually.ts";
import { makeChannelWithKey } from "./channel-fixture.ts";

type TDelivery = { signature: string; body: string; status: number };

/** A receiver answering POSTs with the given statuses in turn (the last one from then on). */
async function receiver(statuses: number[]) {
  const deliveries: TDelivery[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const status = statuses[Math.min(deliveries.length, statuses.length - 1)] ?? 204;
      deliveries.push({
        signature: String(request.headers["x-erpbridge-signature"]),
        body: Buffer.concat(chunks).toString(),
        status,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** An order of a channel with a webhook, and a change on its timeline that the channel is told of. */
async function changedOrder(webhookUrl: string) {
  const { companyId, channel, webhookSecret } = await makeChannelWithKey({ channel: { webhookUrl } });
  const order = await getDb().order.create({
    data: {
      id: uuidV7(),
      companyId,
      channelId: channel.id,
      externalId: `WWW-${uuidV7()}`.slice(0, 40),
      status: "new",
      buyer: { name: "Jan Kowalski" },
      delivery: { method: "courier" },
      paymentMethod: "payu",
      documentWanted: "RECEIPT",
      totalGross: 10,
    },
  });
  await runTransaction((tx) =>
    addOrderEvent({ tx, order, type: "status_changed", message: "Status: shipped", actor: "channel" }),
  );
  return { orderId: order.id, secret: webhookSecret ?? "" };
}

/** Waits until the order's webhook job reached a final state in pg-boss's own table. */
async function jobFinished(orderId: string, state: "completed" | "failed") {
  await eventually(
    async () => {
      const [job] = await getDb().$queryRaw<{ state: string }[]>`
        SELECT "state"::text AS "state" FROM pgboss.job
        WHERE "name" = 'order-webhook' AND "data"->>'orderId' = ${orderId}`;
      return job?.state === state ? true : undefined;
    },
    { what: `the webhook job ${state}`, timeoutMs: 30_000 },
  );
}

const signedAt = (signature: string) => Number(/^t=(\d+),/.exec(signature)?.[1]);

describe("order webhook redelivery through the job queue", () => {
  let stopEngine: () => Promise<void>;
  beforeAll(async () => {
    // Fast retries for the test: three attempts a second apart (production: nine, backing off).
    const boss = await getJobQueue();
    await boss.updateQueue("order-webhook", { retryLimit: 2, retryDelay: 1, retryBackoff: false });
    stopEngine = await startOrderEngine();
  });
  afterAll(async () => {
    await stopEngine();
    const { retryLimit, retryDelay, retryBackoff, retryDelayMax } = JOBS["order-webhook"].queue;
    await (await getJobQueue()).updateQueue("order-webhook", { retryLimit, retryDelay, retryBackoff, retryDelayMax });
  });

  it("500 twice then 204: redelivered, each time with a fresh valid signature, and never again after the success", async () => {
    const hook = await receiver([500, 500, 204]);
    try {
      const { orderId, secret } = await changedOrder(hook.url);
      await eventually(async () => (hook.deliveries.length >= 3 ? true : undefined), {
        what: "three deliveries",
        timeoutMs: 45_000,
      });
      for (const delivery of hook.deliveries) {
        expect(verifyWebhookSignature({ secret, body: delivery.body, header: delivery.signature })).toBe(true);
        expect(JSON.parse(delivery.body)).toMatchObject({ type: "order.updated", order: { id: orderId } });
      }
      const times = hook.deliveries.map((d) => signedAt(d.signature));
      expect(times[1]).toBeGreaterThan(times[0] ?? Infinity);
      expect(times[2]).toBeGreaterThan(times[1] ?? Infinity);
      // The job is completed in the queue, so no retry can follow.
      await jobFinished(orderId, "completed");
      expect(hook.deliveries.map((d) => d.status)).toEqual([500, 500, 204]);
      const events = await getDb().orderEvent.findMany({ where: { orderId } });
      expect(events.map((e) => e.type)).not.toContain("webhook_failed");
    } finally {
      await hook.close();
    }
  }, 60_000);

  it("a receiver that keeps failing: the queue gives up after its limit and the order's timeline tells staff", async () => {
    const hook = await receiver([500]);
    try {
      const { orderId } = await changedOrder(hook.url);
      const failed = await eventually(
        async () => (await getDb().orderEvent.findMany({ where: { orderId, type: "webhook_failed" } }))[0],
        { what: "the give-up on the timeline", timeoutMs: 45_000 },
      );
      expect(failed.message).toContain("after 3 attempts");
      expect(failed.message).toContain("HTTP 500");
      // The job has failed for good in the queue, so no fourth attempt can follow.
      await jobFinished(orderId, "failed");
      expect(hook.deliveries).toHaveLength(3);
    } finally {
      await hook.close();
    }
  }, 60_000);
});
