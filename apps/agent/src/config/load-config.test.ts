import { describe, expect, it } from "vitest";
import { parseAgentEnv } from "./env.ts";
import { resolveConfig } from "./load-config.ts";

const path = "/etc/erp-bridge/agent.json";
const file = JSON.stringify({
  portalUrl: "https://portal.example.pl/",
  agentId: "3b241101-e2bb-4255-8caf-4136c566a962",
  credential: "secret-credential",
  journalDir: "journal",
});

describe("resolveConfig", () => {
  it("reads the file, trims the URL and puts a relative journal next to the file", () => {
    const result = resolveConfig({ path, fileText: file, env: {} });
    expect(result).toMatchObject({
      ok: true,
      config: { portalUrl: "https://portal.example.pl", journalDir: "/etc/erp-bridge/journal", logLevel: "info" },
    });
  });

  it("lets the environment override the file", () => {
    const result = resolveConfig({
      path,
      fileText: file,
      env: { AGENT_PORTAL_URL: "http://127.0.0.1:3000", AGENT_CREDENTIAL: "other", AGENT_LOG_LEVEL: "debug" },
    });
    expect(result).toMatchObject({
      ok: true,
      config: { portalUrl: "http://127.0.0.1:3000", credential: "other", logLevel: "debug" },
    });
  });

  it("names the env variable when its value is malformed", () => {
    const result = resolveConfig({ path, fileText: file, env: { AGENT_PORTAL_URL: "ftp://x" } });
    expect(result).toEqual({ ok: false, line: "AGENT_PORTAL_URL: must be an http:// or https:// URL" });
  });

  it("names the file key and its variable when a value is missing", () => {
    const unenrolled = JSON.stringify({ portalUrl: "http://localhost:3000", journalDir: "/var/lib/agent" });
    const result = resolveConfig({ path, fileText: unenrolled, env: {} });
    expect(result).toEqual({
      ok: false,
      line: `"credential" in ${path} (or AGENT_CREDENTIAL): is missing; run \`agent enroll\` first`,
    });
  });

  it("says so when there is no config file and the environment is incomplete", () => {
    const result = resolveConfig({ path, fileText: null, env: { AGENT_CREDENTIAL: "c" } });
    expect(result).toMatchObject({
      ok: false,
      line: expect.stringMatching(/^\/etc\/erp-bridge\/agent.json: no such config file; /),
    });
  });

  it("accepts a configuration entirely from the environment", () => {
    const env = {
      AGENT_PORTAL_URL: "http://localhost:3000",
      AGENT_CREDENTIAL: "c",
      AGENT_JOURNAL_DIR: "/var/lib/agent",
    };
    expect(resolveConfig({ path, fileText: null, env })).toMatchObject({
      ok: true,
      config: { journalDir: "/var/lib/agent" },
    });
  });

  it("refuses a plain-http portal unless it is on this machine", () => {
    const result = resolveConfig({ path, fileText: file, env: { AGENT_PORTAL_URL: "http://portal.example.pl" } });
    expect(result).toEqual({
      ok: false,
      line: "AGENT_PORTAL_URL: must be https:// (http:// only for a portal on this machine: localhost, 127.0.0.1, [::1])",
    });
    for (const local of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect(resolveConfig({ path, fileText: file, env: { AGENT_PORTAL_URL: local } }).ok).toBe(true);
    }
  });

  it("accepts DPAPI-protected secrets as the Windows installer writes them", () => {
    const sealed = { protection: "dpapi-machine", data: "AQAAANCMnd8B" };
    const text = JSON.stringify({ ...JSON.parse(file), credential: sealed, erpUrl: sealed });
    expect(resolveConfig({ path, fileText: text, env: {} })).toMatchObject({
      ok: true,
      config: { credential: sealed },
    });
  });

  it("rejects a config file that is not a JSON object", () => {
    expect(resolveConfig({ path, fileText: "{ oops", env: {} })).toEqual({
      ok: false,
      line: `${path}: not a JSON object`,
    });
  });
});

describe("parseAgentEnv", () => {
  it("treats empty variables as unset and names a bad log level", () => {
    expect(parseAgentEnv({ AGENT_CREDENTIAL: "", PATH: "/bin" })).toEqual({ ok: true, env: {} });
    expect(parseAgentEnv({ AGENT_LOG_LEVEL: "loud" })).toMatchObject({
      ok: false,
      line: expect.stringMatching(/^AGENT_LOG_LEVEL: /),
    });
  });
});
