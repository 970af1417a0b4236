import { describe, expect, it } from "vitest";
import { explainOrderError } from "./explain-order-error.ts";

describe("explainOrderError", () => {
  it("reads a stock refusal: which line, which product, how many were asked and are there", () => {
    const reason = "lines.0: SKU-7: 1000000 ordered, 12.5 available to reserve (12.5 in warehouse 1)";
    const explained = {
      key: "noStock",
      values: { line: 1, sku: "SKU-7", ordered: 1_000_000, available: 12.5 },
    };
    expect(explainOrderError(`The ERP refused the order: ${reason}`)).toEqual(explained);
    // A dry run's problem is the agent's reason alone.
    expect(explainOrderError(reason)).toEqual(explained);
  });

  it("names the line of any other refusal, and keeps the ERP's reason", () => {
    expect(explainOrderError("The ERP refused the return: lines.2.quantity: returning 3 with only 1 sold")).toEqual({
      key: "refusedLine",
      values: { line: 3, reason: "returning 3 with only 1 sold" },
    });
    expect(explainOrderError("The ERP refused the sale document: orderKey: no such order (ZK)")).toEqual({
      key: "refused",
      values: { step: "sale", reason: "orderKey: no such order (ZK)" },
    });
  });

  it("keeps Sfera's own words for a save Subiekt refused through Sfera", () => {
    const reason = "Dokument nie może zostać zapisany: brak wymaganej ilości towaru TW-1 w magazynie MAG.";
    expect(explainOrderError(`Subiekt (Sfera) refused the sale document: ${reason}`)).toEqual({
      key: "sferaRefused",
      values: { step: "sale", reason },
    });
  });

  it("reads a passing failure and the settings problems", () => {
    expect(explainOrderError("The order did not reach the ERP (timed_out); retrying in 10 s")).toEqual({
      key: "retrying",
      values: { step: "order", reason: "timed_out", seconds: 10 },
    });
    expect(explainOrderError('The delivery method "drone" is not mapped in the integration settings')).toEqual({
      key: "deliveryUnmapped",
      values: { method: "drone" },
    });
  });

  it("returns null for a sentence it does not know", () => {
    expect(explainOrderError("Something else entirely")).toBeNull();
    expect(explainOrderError("Sent to the ERP again")).toBeNull();
  });
});
