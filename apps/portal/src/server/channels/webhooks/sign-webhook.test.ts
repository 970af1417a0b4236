import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook.ts";
import { verifyWebhookSignature } from "./verify-webhook-signature.ts";

const secret = "whsec_test";
const body = '{"type":"stock.changed"}';

describe("webhook signatures", () => {
  it("is t=<seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const header = signWebhook({ secret, body, timestamp: 1_700_000_000 });
    const hmac = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(header).toBe(`t=1700000000,v1=${hmac}`);
  });

  it("verifies its own signature and refuses another body, secret or an old time", () => {
    const now = 1_700_000_000;
    const header = signWebhook({ secret, body, timestamp: now });
    expect(verifyWebhookSignature({ secret, body, header, now })).toBe(true);
    expect(verifyWebhookSignature({ secret, body: `${body} `, header, now })).toBe(false);
    expect(verifyWebhookSignature({ secret: "whsec_other", body, header, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, header, now: now + 301 })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, header: "t=1,v1=zz", now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, header: "", now })).toBe(false);
  });
});
