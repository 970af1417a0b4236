import { describe, expect, it } from "vitest";
import { parseEnv, serverConfigProblem } from "./env-schema.ts";

describe("configuration", () => {
  it("starts with no variables at all: embedded database, port 3000", () => {
    const parsed = parseEnv({});
    expect(parsed.ok && { url: parsed.env.DATABASE_URL, port: parsed.env.PORT }).toEqual({
      url: undefined,
      port: 3000,
    });
  });

  it("names the variable that is malformed", () => {
    expect(parseEnv({ PORT: "eighty" })).toEqual({ ok: false, line: expect.stringMatching(/^PORT: /) });
    expect(parseEnv({ DATABASE_URL: "mysql://x" })).toEqual({
      ok: false,
      line: expect.stringMatching(/^DATABASE_URL: /),
    });
    expect(parseEnv({ SEED_DEMO: "yes" })).toEqual({ ok: false, line: expect.stringMatching(/^SEED_DEMO: /) });
  });

  it("requires a session secret with an external database, and a long one", () => {
    const url = "postgres://u@db.example/portal";
    expect(parseEnv({ DATABASE_URL: url })).toEqual({ ok: false, line: expect.stringMatching(/^AUTH_SECRET: /) });
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: "short" })).toEqual({
      ok: false,
      line: expect.stringMatching(/^AUTH_SECRET: .*32/),
    });
    expect(parseEnv({ DATABASE_URL: url, AUTH_SECRET: "x".repeat(32) }).ok).toBe(true);
  });

  it("a serving portal with an external database needs its own key for stored secrets", () => {
    const base = { DATABASE_URL: "postgres://u@db.example/portal", AUTH_SECRET: "x".repeat(32) };
    const without = parseEnv(base);
    expect(without.ok && serverConfigProblem(without.env)).toMatch(/^SECRETS_KEY: /);
    expect(parseEnv({ ...base, SECRETS_KEY: "short" })).toEqual({
      ok: false,
      line: expect.stringMatching(/^SECRETS_KEY: .*32/),
    });
    const withKey = parseEnv({ ...base, SECRETS_KEY: "k".repeat(32) });
    expect(withKey.ok && serverConfigProblem(withKey.env)).toBeNull();
  });
});
