import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PROTECT_SCRIPT, UNPROTECT_SCRIPT } from "./dpapi.ts";
import { decodeOutput, encodeInput, powerShellArgs, PRELUDE } from "./powershell.ts";

describe("powerShellArgs", () => {
  it("passes the prelude and script as UTF-16LE base64, without profile or prompts", () => {
    const args = powerShellArgs({ script: "Out-Result 'zażółć'" });
    expect(args.slice(0, 6)).toEqual([
      "-NoLogo",
      "-NoProfile",
      "-NonInteractive",
      "-ExecutionPolicy",
      "Bypass",
      "-EncodedCommand",
    ]);
    const script = Buffer.from(args[6] ?? "", "base64").toString("utf16le");
    expect(script).toBe(`${PRELUDE}Out-Result 'zażółć'`);
  });
});

describe("script input and output", () => {
  it("travel as ASCII base64 of UTF-8 JSON, so Polish letters survive any console code page", () => {
    const input = encodeInput(["hasło-ąę"]);
    expect(input).toMatch(/^[A-Za-z0-9+/=]+$/);
    const output = Buffer.from(JSON.stringify(["hasło-ąę"]), "utf8").toString("base64");
    expect(decodeOutput({ stdout: `${output}\r\n`, schema: z.array(z.string()) })).toEqual(["hasło-ąę"]);
  });
});

describe("DPAPI scripts", () => {
  it("use machine scope and take the secrets from stdin, never from the command line", () => {
    for (const script of [PROTECT_SCRIPT, UNPROTECT_SCRIPT]) {
      expect(script).toContain("[System.Security.Cryptography.DataProtectionScope]::LocalMachine");
      expect(script).toContain("foreach ($item in $in)");
    }
    expect(PROTECT_SCRIPT).toContain("ProtectedData]::Protect($bytes, $entropy, $scope)");
    expect(UNPROTECT_SCRIPT).toContain("ProtectedData]::Unprotect(");
    expect(powerShellArgs({ script: PROTECT_SCRIPT }).join(" ")).not.toContain("hasło");
  });
});
