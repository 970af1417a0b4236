import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runTs } from "../../support/run-process.ts";
import { LOGIN } from "../../support/sfera/bridges.ts";

describe("agent sfera-check", () => {
  it("says plainly on Linux that Sfera needs the Windows server, and fails", async () => {
    const config = path.join(mkdtempSync(path.join(tmpdir(), "sfera-check-")), "erp-bridge-agent.json");
    writeFileSync(config, JSON.stringify({ erpUrl: "postgres://127.0.0.1/none", sfera: LOGIN }));
    const result = await runTs({
      entry: "apps/agent/src/main.ts",
      args: ["sfera-check", "--config", config],
      env: { PATH: process.env.PATH },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Sfera needs Windows");
    expect(result.stderr).toContain("Run `agent sfera-check` there");
    expect(result.stdout).toBe("");
  });
});
