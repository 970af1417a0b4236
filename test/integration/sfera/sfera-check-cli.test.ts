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

  it("--connection names an Optima connection's refusal and an unknown connection, before any Sfera session", async () => {
    const config = path.join(mkdtempSync(path.join(tmpdir(), "sfera-check-")), "erp-bridge-agent.json");
    const partner = { key: "partner", erpType: "optima", erpUrl: "postgres://127.0.0.1/none" };
    writeFileSync(
      config,
      JSON.stringify({ erpUrl: "postgres://127.0.0.1/none", sfera: LOGIN, connections: [partner] }),
    );
    const check = (connection: string) =>
      runTs({
        entry: "apps/agent/src/main.ts",
        args: ["sfera-check", "--config", config, "--connection", connection],
        env: { PATH: process.env.PATH },
      });
    const optima = await check("partner");
    expect(optima.code).toBe(1);
    expect(optima.stderr).toContain(
      '--connection: "partner" is Comarch ERP Optima; Sfera is Subiekt GT\'s own API, there is nothing to check there',
    );
    const unknown = await check("branch");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`--connection: "branch" is not in ${config} (it lists: "default", "partner")`);
    // The default connection is Subiekt GT with Sfera settings: on Linux, the check says where it runs.
    const head = await check("default");
    expect(head.stderr).toContain("Sfera needs Windows");
  });
});
