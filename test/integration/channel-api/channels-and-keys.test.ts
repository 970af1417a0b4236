import { describe, expect, it } from "vitest";
import { createApiKey } from "../../../apps/portal/src/server/channels/api-keys/create-api-key.ts";
import { listApiKeys } from "../../../apps/portal/src/server/channels/api-keys/list-api-keys.ts";
import { revokeApiKey } from "../../../apps/portal/src/server/channels/api-keys/revoke-api-key.ts";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { disableChannel } from "../../../apps/portal/src/server/channels/sales-channels/disable-channel.ts";
import { listChannels } from "../../../apps/portal/src/server/channels/sales-channels/list-channels.ts";
import { rotateWebhookSecret } from "../../../apps/portal/src/server/channels/sales-channels/rotate-webhook-secret.ts";
import { updateChannel } from "../../../apps/portal/src/server/channels/sales-channels/update-channel.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { openWebhookSecret } from "../../../apps/portal/src/server/channels/webhooks/webhook-secret.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { makeChannelWithKey } from "./channel-fixture.ts";

async function storedSecret(channelId: string): Promise<string | null> {
  return (await getDb().salesChannel.findUniqueOrThrow({ where: { id: channelId } })).webhookSecret;
}

describe("sales channels", () => {
  it("staff create a channel; the webhook secret is shown once and stored only encrypted", async () => {
    const company = await makeCompany();
    const { channel, webhookSecret } = await createChannel({
      actor: STAFF_ACTOR,
      companyId: company.id,
      input: {
        name: "Sklep internetowy",
        kind: "STORE",
        priceLevel: 3,
        warehouseIds: [2, 1, 2],
        safetyBuffer: 4,
        webhookUrl: "https://shop.example.com/hooks/stock",
      },
    });
    expect(channel).toMatchObject({ priceLevel: 3, warehouseIds: [1, 2], safetyBuffer: 4, hasWebhookSecret: true });
    expect(channel).not.toHaveProperty("webhookSecret");
    expect(webhookSecret).toMatch(/^whsec_/);
    const stored = await storedSecret(channel.id);
    expect(stored).not.toContain(webhookSecret);
    expect(openWebhookSecret(stored ?? "")).toBe(webhookSecret);

    const listed = await listChannels({ actor: STAFF_ACTOR, companyId: company.id });
    expect(listed.map((c) => c.id)).toEqual([channel.id]);
    expect(JSON.stringify(listed)).not.toContain(stored);
  });

  it("a secret appears when a URL is first set, changes only on rotate, and goes with the URL", async () => {
    const { companyId, channel, webhookSecret } = await makeChannelWithKey();
    expect(webhookSecret).toBeNull();
    expect(channel.hasWebhookSecret).toBe(false);

    const ids = { actor: STAFF_ACTOR, companyId, channelId: channel.id };
    const first = await updateChannel({ ...ids, input: { webhookUrl: "http://pos.local/hook" } });
    expect(first.webhookSecret).toMatch(/^whsec_/);
    const second = await updateChannel({ ...ids, input: { webhookUrl: "http://pos.local/other" } });
    expect(second.webhookSecret).toBeNull();
    expect(openWebhookSecret((await storedSecret(channel.id)) ?? "")).toBe(first.webhookSecret);

    const rotated = await rotateWebhookSecret(ids);
    expect(rotated.webhookSecret).not.toBe(first.webhookSecret);
    expect(openWebhookSecret((await storedSecret(channel.id)) ?? "")).toBe(rotated.webhookSecret);

    const cleared = await updateChannel({ ...ids, input: { webhookUrl: null } });
    expect(cleared.channel).toMatchObject({ webhookUrl: null, hasWebhookSecret: false });
    expect((await failureOf(rotateWebhookSecret(ids))).fieldErrors).toHaveProperty("webhookUrl");
  });

  it("validation errors name the field", async () => {
    const company = await makeCompany();
    const attempt = (input: Record<string, unknown>) =>
      failureOf(
        createChannel({ actor: STAFF_ACTOR, companyId: company.id, input: { name: "X", kind: "STORE", ...input } }),
      );
    for (const [input, field] of [
      [{ priceLevel: 11 }, "priceLevel"],
      [{ priceLevel: 0 }, "priceLevel"],
      [{ kind: "MARKETPLACE" }, "kind"],
      [{ safetyBuffer: -1 }, "safetyBuffer"],
      [{ warehouseIds: [1, 1.5] }, "warehouseIds.1"],
      [{ rateLimitPerMinute: 0 }, "rateLimitPerMinute"],
      [{ webhookUrl: "ftp://example.com/x" }, "webhookUrl"],
      [{ name: " " }, "name"],
    ] as const) {
      const error = await attempt(input);
      expect(error.code).toBe("INVALID_INPUT");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    await createChannel({ actor: STAFF_ACTOR, companyId: company.id, input: { name: "Dup", kind: "B2B" } });
    const dup = await attempt({ name: "Dup" });
    expect(dup.code).toBe("CONFLICT");
    expect(dup.fieldErrors).toHaveProperty("name");
  });

  it("another company's channel or key answers 404, as a missing one does", async () => {
    const mine = await makeChannelWithKey();
    const other = await makeChannelWithKey();
    const wrong = { actor: STAFF_ACTOR, companyId: mine.companyId, channelId: other.channel.id };
    expect((await failureOf(updateChannel({ ...wrong, input: { name: "Hacked" } }))).code).toBe("NOT_FOUND");
    expect((await failureOf(disableChannel(wrong))).code).toBe("NOT_FOUND");
    expect((await failureOf(rotateWebhookSecret(wrong))).code).toBe("NOT_FOUND");
    expect((await failureOf(createApiKey({ ...wrong, input: { name: "k" } }))).code).toBe("NOT_FOUND");
    expect(
      (await failureOf(revokeApiKey({ actor: STAFF_ACTOR, companyId: mine.companyId, apiKeyId: other.apiKey.id })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await failureOf(disableChannel({ ...wrong, channelId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
    const untouched = await getDb().salesChannel.findUniqueOrThrow({ where: { id: other.channel.id } });
    expect(untouched.name).toBe(other.channel.name);
    expect(untouched.disabledAt).toBeNull();
  });

  it("a client user can neither create nor see channels or keys", async () => {
    const { companyId, channel } = await makeChannelWithKey();
    const client = await makeUser({ role: "CLIENT", companyId });
    // Counted for this company only: other files' data must not be able to move the figures.
    const counts = async () => ({
      channels: await getDb().salesChannel.count({ where: { companyId } }),
      keys: await getDb().apiKey.count({ where: { companyId } }),
    });
    const before = await counts();
    const ids = { actor: client.actor, companyId };
    expect((await failureOf(createChannel({ ...ids, input: { name: "Own", kind: "STORE" } }))).code).toBe("NOT_FOUND");
    expect((await failureOf(createApiKey({ ...ids, channelId: channel.id, input: { name: "k" } }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failureOf(listChannels(ids))).code).toBe("NOT_FOUND");
    expect((await failureOf(listApiKeys(ids))).code).toBe("NOT_FOUND");
    expect((await failureOf(disableChannel({ ...ids, channelId: channel.id }))).code).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
  });
});

describe("API keys", () => {
  it("the full key is returned once; only its prefix and hash are kept and listed keys carry no secret", async () => {
    const { companyId, channel, apiKey, key } = await makeChannelWithKey();
    expect(key).toMatch(/^ebk_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
    expect(key.startsWith(`ebk_${apiKey.prefix}_`)).toBe(true);
    const row = await getDb().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key.slice(13));

    const listed = await listApiKeys({ actor: STAFF_ACTOR, companyId, channelId: channel.id });
    expect(listed.map((k) => k.id)).toEqual([apiKey.id]);
    expect(listed[0]).not.toHaveProperty("secretHash");
    expect(listed[0]?.display).toBe(`ebk_${apiKey.prefix}_…`);
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
  });
});

describe("audit", () => {
  it("every channel and key change is written to AuditEntry, without secrets", async () => {
    const staff = await makeUser({ role: "STAFF" });
    const company = await makeCompany();
    const ids = { actor: staff.actor, companyId: company.id };
    const created = await createChannel({
      ...ids,
      input: { name: "B2B", kind: "B2B", webhookUrl: "https://b2b.example.com/hook" },
    });
    const channelId = created.channel.id;
    await updateChannel({ ...ids, channelId, input: { priceLevel: 4 } });
    const rotated = await rotateWebhookSecret({ ...ids, channelId });
    const issued = await createApiKey({ ...ids, channelId, input: { name: "sklep" } });
    await revokeApiKey({ ...ids, apiKeyId: issued.apiKey.id });
    await revokeApiKey({ ...ids, apiKeyId: issued.apiKey.id });
    await disableChannel({ ...ids, channelId });

    // Entries may share a millisecond, so compare them as a set.
    const entries = await getDb().auditEntry.findMany({ where: { companyId: company.id } });
    expect(entries.map((e) => [e.entity, e.action, e.entityId]).sort()).toEqual(
      [
        ["channel", "create", channelId],
        ["channel", "update", channelId],
        ["channel", "rotate-webhook-secret", channelId],
        ["api-key", "create", issued.apiKey.id],
        ["api-key", "revoke", issued.apiKey.id],
        ["channel", "disable", channelId],
      ].sort(),
    );
    expect(entries.every((e) => e.actorEmail === staff.email)).toBe(true);
    const update = entries.find((e) => e.action === "update");
    expect(update?.before).toMatchObject({ priceLevel: 1 });
    expect(update?.after).toMatchObject({ priceLevel: 4 });
    const text = JSON.stringify(entries);
    for (const secret of [created.webhookSecret ?? "-", rotated.webhookSecret, issued.key]) {
      expect(text).not.toContain(secret);
    }
  });
});
