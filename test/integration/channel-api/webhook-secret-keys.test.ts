import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "../../../apps/portal/src/env.ts";
import { resealWebhookSecrets } from "../../../apps/portal/src/server/channels/webhooks/reseal-webhook-secrets.ts";
import { openWebhookSecret } from "../../../apps/portal/src/server/channels/webhooks/webhook-secret.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeChannelWithKey } from "./channel-fixture.ts";

const original = { ...env };
afterEach(() => Object.assign(env, original, { SECRETS_KEY_PREVIOUS: undefined }));

async function channelWithWebhook() {
  const { channel, webhookSecret } = await makeChannelWithKey({ channel: { webhookUrl: "http://127.0.0.1:9/hook" } });
  const stored = await getDb().salesChannel.findUniqueOrThrow({ where: { id: channel.id } });
  return { id: channel.id, secret: webhookSecret ?? "", sealed: stored.webhookSecret ?? "" };
}

describe("the key that seals webhook secrets", () => {
  it("is not the session secret: rotating AUTH_SECRET leaves webhook secrets readable", async () => {
    const channel = await channelWithWebhook();
    env.AUTH_SECRET = randomBytes(32).toString("hex");
    expect(openWebhookSecret(channel.sealed)).toBe(channel.secret);
  });

  it("rotates: the previous key opens old values until reseal-secrets re-seals them with the new one", async () => {
    const channel = await channelWithWebhook();
    const oldKey = env.SECRETS_KEY ?? "";
    env.SECRETS_KEY = randomBytes(32).toString("hex");
    expect(() => openWebhookSecret(channel.sealed)).toThrow();

    env.SECRETS_KEY_PREVIOUS = oldKey;
    expect(openWebhookSecret(channel.sealed)).toBe(channel.secret);
    const result = await resealWebhookSecrets();
    expect(result.resealed).toBeGreaterThanOrEqual(1);
    expect(result.unreadable).not.toContain(channel.id);

    env.SECRETS_KEY_PREVIOUS = undefined;
    const resealed = await getDb().salesChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(resealed.webhookSecret).not.toBe(channel.sealed);
    expect(openWebhookSecret(resealed.webhookSecret ?? "")).toBe(channel.secret);
  });
});
