import { describe, expect, it } from "vitest";
import { isDeadlock, retryOnDeadlock } from "./retry-deadlock.ts";

describe("retryOnDeadlock", () => {
  it("knows a deadlock victim from SQL Server (wrapped by mssql) and PostgreSQL, and nothing else", () => {
    expect(isDeadlock({ originalError: { number: 1205 } })).toBe(true);
    expect(isDeadlock({ originalError: { number: 51205 } })).toBe(true);
    expect(isDeadlock(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(true);
    expect(isDeadlock(new Error("wrapped", { cause: { code: "40001" } }))).toBe(true);
    expect(isDeadlock({ number: 2627 })).toBe(false);
    expect(isDeadlock(new Error("timeout"))).toBe(false);
  });

  it("runs a deadlocked write again and gives up after a few attempts or on any other error", async () => {
    let calls = 0;
    const retried: number[] = [];
    const result = await retryOnDeadlock({
      write: async () => {
        calls += 1;
        if (calls < 3) throw Object.assign(new Error("deadlock"), { code: "40P01" });
        return "written";
      },
      onRetry: ({ attempt }) => retried.push(attempt),
    });
    expect(result).toBe("written");
    expect(retried).toEqual([1, 2]);
    const always = Object.assign(new Error("deadlock"), { code: "40P01" });
    await expect(retryOnDeadlock({ write: () => Promise.reject(always) })).rejects.toBe(always);
    let other = 0;
    const refused = new Error("no such product");
    await expect(retryOnDeadlock({ write: () => ((other += 1), Promise.reject(refused)) })).rejects.toBe(refused);
    expect(other).toBe(1);
  });
});
