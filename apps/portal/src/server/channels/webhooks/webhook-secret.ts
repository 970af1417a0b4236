import { randomBytes } from "node:crypto";
import { env } from "../../../env.ts";
import { openSecret, sealSecret } from "./secret-box.ts";

const PURPOSE = "webhook-secret/v1";

function currentKey(): string {
  if (!env.SECRETS_KEY) throw new Error("SECRETS_KEY is not set: webhook secrets are sealed with it");
  return env.SECRETS_KEY;
}

/** A channel's signing secret: 256 random bits, shown to staff once. */
export function newWebhookSecret(): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { secret, sealed: sealWebhookSecret(secret) };
}

export function sealWebhookSecret(secret: string): string {
  return sealSecret({ masterSecret: currentKey(), purpose: PURPOSE, plaintext: secret });
}

/**
 * The stored (sealed) secret back in plain form, to sign a delivery. During a key rotation a
 * value not yet resealed opens with SECRETS_KEY_PREVIOUS.
 */
export function openWebhookSecret(sealed: string): string {
  try {
    return openSecret({ masterSecret: currentKey(), purpose: PURPOSE, sealed });
  } catch (error) {
    if (!env.SECRETS_KEY_PREVIOUS) throw error;
    return openSecret({ masterSecret: env.SECRETS_KEY_PREVIOUS, purpose: PURPOSE, sealed });
  }
}
