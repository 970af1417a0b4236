import { describe, expect, it } from "vitest";
import { sendJob } from "./send-job.ts";

describe("sendJob", () => {
  it("refuses a payload its queue does not declare, naming the field, before touching the queue", async () => {
    await expect(sendJob("sync-run", { runId: "not-a-uuid" })).rejects.toThrow(/^job sync-run: runId: /);
    const missing = {} as { orderId: string };
    await expect(sendJob("order-webhook", missing)).rejects.toThrow(/^job order-webhook: orderId: /);
  });

  it("type-checks the payload against the queue's schema (npm run typecheck fails otherwise)", () => {
    // Never called: the assertions are the @ts-expect-error lines, checked by tsc.
    const compileOnly = async () => {
      // @ts-expect-error: sync-run carries a runId, not an orderId.
      await sendJob("sync-run", { orderId: "0190c8a0-0000-7000-8000-000000000000" });
      // @ts-expect-error: productIds are numbers.
      await sendJob("stock-webhook", { companyId: "0190c8a0-0000-7000-8000-000000000000", productIds: ["1"] });
      // @ts-expect-error: there is no such queue.
      await sendJob("nightly-report", {});
    };
    expect(compileOnly).toBeTypeOf("function");
  });
});
