import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box.ts";

const masterSecret = "a".repeat(32);
const purpose = "test";

describe("secret box", () => {
  it("opens what it sealed, and the sealed form does not contain the plaintext", () => {
    const sealed = sealSecret({ masterSecret, purpose, plaintext: "whsec_hello" });
    expect(sealed).not.toContain("whsec_hello");
    expect(sealed).not.toBe(sealSecret({ masterSecret, purpose, plaintext: "whsec_hello" }));
    expect(openSecret({ masterSecret, purpose, sealed })).toBe("whsec_hello");
  });

  it("refuses another master secret, another purpose and an altered value", () => {
    const sealed = sealSecret({ masterSecret, purpose, plaintext: "whsec_hello" });
    expect(() => openSecret({ masterSecret: "b".repeat(32), purpose, sealed })).toThrow();
    expect(() => openSecret({ masterSecret, purpose: "other", sealed })).toThrow();
    const parts = sealed.split(".");
    const altered = [...parts.slice(0, 3), Buffer.from("whsec_hellx").toString("base64url")].join(".");
    expect(() => openSecret({ masterSecret, purpose, sealed: altered })).toThrow();
    expect(() => openSecret({ masterSecret, purpose, sealed: "garbage" })).toThrow("not a sealed secret");
  });
});
