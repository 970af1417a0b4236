import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

function capture(level: "debug" | "info" | "warn" | "error" = "info") {
  const lines: string[] = [];
  const log = createLogger({ level, write: (line) => lines.push(line) });
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, parsed };
}

describe("the shared logger", () => {
  it("writes one JSON line per event with the level as a word, the time and msg", () => {
    const { log, lines, parsed } = capture();
    log.info("connected", { agentId: "a1", heartbeatMs: 15000 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    const [line] = parsed();
    expect(line).toMatchObject({ level: "info", msg: "connected", agentId: "a1", heartbeatMs: 15000 });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
  });

  it("drops lines below its level", () => {
    const { log, parsed } = capture("warn");
    log.debug("noise");
    log.info("noise");
    log.warn("kept");
    log.error("kept too");
    expect(parsed().map((line) => [line.level, line.msg])).toEqual([
      ["warn", "kept"],
      ["error", "kept too"],
    ]);
  });

  it("never writes secrets or personal data, at the top of a line or inside a field", () => {
    const { log, lines } = capture();
    log.info("signed in", {
      password: "hunter2-password",
      token: "tok-123456",
      apiKey: "eb_live_abcdef",
      authorization: "Bearer eyJhbGciOi",
      email: "jan.kowalski@example.pl",
      buyer: { firstName: "Jan", lastName: "Kowalski", street: "Długa 5", city: "Gdańsk", phone: "600100200" },
      config: { credential: "agent-credential-xyz", erpUrl: "mssql://sa:Sup3rSecret@erp.local/SUBIEKT" },
      error: "550 mailbox anna.nowak@firma.pl unknown; sent with Bearer abc.def.ghi",
      commandId: "c1",
    });
    const text = lines.join("");
    for (const secret of [
      "hunter2",
      "tok-123456",
      "eb_live",
      "eyJhbGciOi",
      "jan.kowalski",
      "Kowalski",
      "Długa",
      "Gdańsk",
      "600100200",
      "agent-credential",
      "Sup3rSecret",
      "anna.nowak",
      "abc.def.ghi",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text)).toMatchObject({
      password: "[redacted]",
      email: "[redacted]",
      buyer: "[redacted]",
      config: { credential: "[redacted]", erpUrl: "mssql://sa:[redacted]@erp.local/SUBIEKT" },
      error: "550 mailbox [email] unknown; sent with Bearer [redacted]",
      commandId: "c1",
    });
  });

  it("leaves the caller's objects as they were", () => {
    const { log } = capture();
    const fields = { password: "p", nested: { token: "t" } };
    log.info("x", fields);
    expect(fields).toEqual({ password: "p", nested: { token: "t" } });
  });
});
