import { describe, expect, it } from "vitest";
import { hashApiKey, isApiKeyShaped, newApiKey } from "./api-key-secrets.ts";

describe("API key secrets", () => {
  it("makes ebk_<8>_<43> keys whose hash is the SHA-256 of the whole key", () => {
    const { key, prefix, hash } = newApiKey();
    expect(key).toMatch(/^ebk_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
    expect(key.startsWith(`ebk_${prefix}_`)).toBe(true);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newApiKey().key).not.toBe(key);
  });

  it("tells key-shaped strings from others", () => {
    expect(isApiKeyShaped(newApiKey().key)).toBe(true);
    expect(isApiKeyShaped("ebk_short_x")).toBe(false);
    expect(isApiKeyShaped(`${newApiKey().key}x`)).toBe(false);
    expect(isApiKeyShaped("agt_something")).toBe(false);
  });
});
