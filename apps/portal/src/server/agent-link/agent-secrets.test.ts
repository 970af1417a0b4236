import { describe, expect, it } from "vitest";
import { hashSecret, isCredentialShaped, newEnrollmentCode, normalizeEnrollmentCode } from "./agent-secrets.ts";

describe("enrollment codes", () => {
  it("are four groups of four Crockford symbols, different every time", () => {
    const codes = Array.from({ length: 50 }, () => newEnrollmentCode().code);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("survive sloppy typing: case, spaces, dashes, O for 0 and I or L for 1", () => {
    const { code, hash } = newEnrollmentCode();
    const typed = code.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
    expect(hashSecret(normalizeEnrollmentCode(typed) ?? "")).toBe(hash);
  });

  it("reject what cannot be a code", () => {
    expect(normalizeEnrollmentCode("ABCD-EFGH")).toBeNull();
    expect(normalizeEnrollmentCode("UUUU-UUUU-UUUU-UUUU")).toBeNull();
    expect(isCredentialShaped("agt_short")).toBe(false);
  });
});
