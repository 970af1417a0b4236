import { z } from "zod";

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** Strips the separators people type ("123-456-32-18", "PL 1234563218"). */
export function normalizeNip(input: string): string {
  return input.replace(/^PL/i, "").replace(/[\s-]/g, "");
}

/** Polish tax id: 10 digits, the last one a weighted mod-11 checksum of the first nine. */
export function isValidNip(input: string): boolean {
  const nip = normalizeNip(input);
  if (!/^\d{10}$/.test(nip)) return false;
  const digits = [...nip].map(Number);
  const sum = NIP_WEIGHTS.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  const check = sum % 11;
  return check !== 10 && check === digits[9];
}

export const ZNip = z
  .string()
  .trim()
  .transform(normalizeNip)
  // The portal words it from the code; the message is for other readers of the schema.
  .refine(isValidNip, { message: "NIP must be 10 digits with a valid checksum", params: { code: "nip" } });
