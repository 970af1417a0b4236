import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "X-ErpBridge-Signature";
export const EVENT_HEADER = "X-ErpBridge-Event";

/** The HMAC-SHA256 (hex) of "<t>.<body>", keyed with the secret's UTF-8 bytes. */
export function webhookDigest(options: { secret: string; body: string; timestamp: number }): string {
  return createHmac("sha256", options.secret).update(`${options.timestamp}.${options.body}`).digest("hex");
}

/**
 * The signature header value `t=<unix seconds>,v1=<hex>`. Signing the time with the body lets a
 * receiver refuse replays of an old delivery.
 */
export function signWebhook(options: { secret: string; body: string; timestamp?: number }): string {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return `t=${timestamp},v1=${webhookDigest({ secret: options.secret, body: options.body, timestamp })}`;
}
