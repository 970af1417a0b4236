import { describe, expect, it } from "vitest";
import { protectSecrets, revealSecrets } from "./stored-secret.ts";

describe("secrets at rest", () => {
  it("stay plain on Linux, where the config file's mode protects them", async () => {
    expect(await protectSecrets({ values: ["c", "mssql://u:p@h/db"], platform: "linux" })).toEqual([
      "c",
      "mssql://u:p@h/db",
    ]);
    expect(await revealSecrets({ values: ["c"], platform: "linux" })).toEqual(["c"]);
  });

  it("protected with DPAPI cannot be read anywhere but on Windows, and say so", async () => {
    const sealed = { protection: "dpapi-machine", data: "AQAAANCMnd8B" } as const;
    await expect(revealSecrets({ values: ["c", sealed], platform: "linux" })).rejects.toThrow(/Windows DPAPI/);
  });
});
