import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uuidV7 } from "./uuid-v7.ts";

describe("uuidV7", () => {
  it("is a valid version 7 UUID that sorts by time", () => {
    const [a, b] = [uuidV7(1_700_000_000_000), uuidV7(1_700_000_000_001)];
    expect(z.uuid({ version: "v7" }).safeParse(a).success).toBe(true);
    expect(a < b).toBe(true);
    expect(uuidV7()).not.toBe(uuidV7());
  });
});
