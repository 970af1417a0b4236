import { describe, expect, it } from "vitest";
import { createUnconfiguredErp } from "../erp/unconfigured-erp.ts";
import { erpSferaCheck } from "./erp-sfera-check.ts";

describe("erp.sfera.check", () => {
  it("answers that the agent has no Sfera settings rather than failing: the wizard says what to add", async () => {
    const prepared = erpSferaCheck.prepare({});
    if (!prepared.ok) throw new Error(prepared.message);
    const result = await prepared.run({
      erp: createUnconfiguredErp(),
      signal: AbortSignal.timeout(1000),
      resumeFromPage: 0,
      emitPage: async () => {},
    });
    expect(result).toMatchObject({ configured: false, ok: false, lines: [] });
  });
});
