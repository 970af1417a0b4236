import { randomBytes } from "node:crypto";
import { env } from "../../../env.ts";
import { openSecret, sealSecret } from "./secret-box.ts";

const PURPOSE = "webhook-secret/v1";

function masterSecret(): string {
  if (!env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set: webhook secrets are encrypted with a key derived from it");
  }
  return env.AUTH_SECRET;
}

/** A channel's signing secret: 256 random bits, shown to staff once. */
export function newWebhookSecret(): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { secret, sealed: sealSecret({ masterSecret: masterSecret(), purpose: PURPOSE, plaintext: secret }) };
}

/** The stored (encrypted) secret back in plain form, to sign a delivery. */
export function openWebhookSecret(sealed: string): string {
  return openSecret({ masterSecret: masterSecret(), purpose: PURPOSE, sealed });
}
