import { timingSafeEqual } from "node:crypto";
import { webhookDigest } from "./sign-webhook.ts";

/**
 * What a receiver does with X-ErpBridge-Signature: recompute the HMAC over the raw body and
 * compare in constant time; refuse signatures older (or newer) than the tolerance.
 */
export function verifyWebhookSignature(options: {
  secret: string;
  body: string;
  header: string;
  toleranceSeconds?: number;
  now?: number;
}): boolean {
  const fields = new Map<string, string>();
  for (const part of options.header.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const t = fields.get("t");
  const v1 = fields.get("v1");
  if (!t || !/^\d+$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const timestamp = Number(t);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(webhookDigest({ secret: options.secret, body: options.body, timestamp }), "hex");
  return timingSafeEqual(expected, Buffer.from(v1, "hex"));
}
