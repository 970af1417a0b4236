import { createHash, randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const PREFIX_LENGTH = 8;
/** 43 base62 symbols carry about 256 random bits. */
const SECRET_LENGTH = 43;
const KEY_PATTERN = new RegExp(`^ebk_[0-9A-Za-z]{${PREFIX_LENGTH}}_[0-9A-Za-z]{${SECRET_LENGTH}}$`);

function randomBase62(length: number): string {
  return Array.from({ length }, () => BASE62[randomInt(BASE62.length)]).join("");
}

/**
 * A new key `ebk_<prefix>_<secret>`: the prefix tells people which key a log line or a
 * list row means; only the hash of the whole key is stored.
 */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBase62(PREFIX_LENGTH);
  const key = `ebk_${prefix}_${randomBase62(SECRET_LENGTH)}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function isApiKeyShaped(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** The key is random and high-entropy, so a fast hash is enough: nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** How a key is shown after creation: its prefix and an ellipsis. */
export function displayApiKey(prefix: string): string {
  return `ebk_${prefix}_…`;
}
