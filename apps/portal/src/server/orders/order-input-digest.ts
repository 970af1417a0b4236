import { createHash } from "node:crypto";
import type { TOrderInput } from "@erp-bridge/shared";

/**
 * A fingerprint of an order as the channel sent it (after parsing, so key order and omitted
 * defaults do not matter): a repeat of the same order has the same digest, any change another.
 */
export function orderInputDigest(input: TOrderInput): string {
  return createHash("sha256").update(canonicalJson(input)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
