import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;

// One derived key per purpose: a leak of one sealed value's key says nothing about another purpose's.
function deriveKey(options: { masterSecret: string; purpose: string }): Buffer {
  return Buffer.from(hkdfSync("sha256", options.masterSecret, "erp-bridge", options.purpose, 32));
}

/** AES-256-GCM with a key derived (HKDF-SHA256) from the master secret: `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function sealSecret(options: { masterSecret: string; purpose: string; plaintext: string }): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(options), iv);
  const ciphertext = Buffer.concat([cipher.update(options.plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url")).join(".");
}

/** The plaintext of a sealed value; throws when it was sealed with another key or altered. */
export function openSecret(options: { masterSecret: string; purpose: string; sealed: string }): string {
  const [version, iv, tag, ciphertext] = options.sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(options), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
