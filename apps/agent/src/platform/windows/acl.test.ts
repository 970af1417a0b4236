import { describe, expect, it } from "vitest";
import { judgeAcl } from "./acl.ts";

const rule = (sid: string, name: string, allow = true) => ({ sid, name, rights: "FullControl", allow });

describe("judgeAcl", () => {
  it("accepts SYSTEM and Administrators, whatever the language calls them", () => {
    expect(
      judgeAcl([rule("S-1-5-18", "ZARZĄDZANIE NT\\SYSTEM"), rule("S-1-5-32-544", "BUILTIN\\Administratorzy")]),
    ).toEqual([]);
  });

  it("warns for anyone else allowed in, and ignores deny rules", () => {
    const warnings = judgeAcl([
      rule("S-1-5-18", "NT AUTHORITY\\SYSTEM"),
      rule("S-1-5-32-545", "BUILTIN\\Users"),
      rule("S-1-1-0", "Everyone", false),
    ]);
    expect(warnings).toEqual(["BUILTIN\\Users (S-1-5-32-545) has FullControl: only SYSTEM and Administrators should"]);
  });
});
