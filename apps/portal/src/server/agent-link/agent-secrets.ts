import { createHash, randomBytes } from "node:crypto";

// Crockford base32: no I, L, O, U, so a code read aloud or typed from paper survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;
/** Long enough to type from a screen, short enough that a lost code dies on its own. */
const ENROLLMENT_CODE_TTL_MS = 24 * 60 * 60_000;

/** 16 symbols of 5 bits = 80 random bits, shown as XXXX-XXXX-XXXX-XXXX. */
function generateEnrollmentCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code.match(/.{4}/g)?.join("-") ?? code;
}

/** A new code to show once, the hash to store, and when it stops working. */
export function newEnrollmentCode(): { code: string; hash: string; expiresAt: Date } {
  const code = generateEnrollmentCode();
  return { code, hash: hashSecret(code.replace(/-/g, "")), expiresAt: new Date(Date.now() + ENROLLMENT_CODE_TTL_MS) };
}

/** Accepts what people type: any case, dashes or spaces, and O/I/L mistaken for 0/1. Null if it cannot be a code. */
export function normalizeEnrollmentCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** The agent's long-lived secret: 256 random bits. */
export function generateCredential(): string {
  return `agt_${randomBytes(32).toString("base64url")}`;
}

export function isCredentialShaped(value: string): boolean {
  return /^agt_[A-Za-z0-9_-]{43}$/.test(value);
}

/** Both secrets are random and high-entropy, so a fast hash is enough: nothing to brute-force. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
