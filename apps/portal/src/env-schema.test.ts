import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema.ts";

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
});
