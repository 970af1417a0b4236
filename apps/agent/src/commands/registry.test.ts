import { describe, expect, it } from "vitest";
import { createUnconfiguredErp } from "../erp/unconfigured-erp.ts";
import type { TCommandDefinition, TRunOptions } from "./define-command.ts";
import { COMMAND_HANDLERS } from "./registry.ts";

function runWith(options: { definition: TCommandDefinition; input: unknown; context?: Partial<TRunOptions> }) {
  const prepared = options.definition.prepare(options.input);
  if (!prepared.ok) throw new Error(prepared.message);
  const pages: unknown[] = [];
  const context: TRunOptions = {
    signal: new AbortController().signal,
    resumeFromPage: 0,
    erp: createUnconfiguredErp(),
    emitPage: async (data) => void pages.push(data),
    ...options.context,
  };
  return { pages, result: prepared.run(context) };
}

describe("command input validation", () => {
  it("rejects input that does not match the catalogue, naming the field", () => {
    expect(COMMAND_HANDLERS["diagnostics.echo"].prepare({ text: 42 })).toEqual({
      ok: false,
      message: "invalid input of diagnostics.echo: text: Invalid input: expected string, received number",
    });
    expect(COMMAND_HANDLERS["diagnostics.sleep"].prepare({ ms: -1 })).toMatchObject({ ok: false });
    expect(COMMAND_HANDLERS["diagnostics.stream"].prepare({ pages: 0, pageBytes: 10 })).toMatchObject({ ok: false });
    expect(COMMAND_HANDLERS["diagnostics.echo"].prepare(null)).toMatchObject({ ok: false });
    expect(COMMAND_HANDLERS["erp.products.find"].prepare({ by: "sku", codes: ["A", " "] })).toEqual({
      ok: false,
      message: "invalid input of erp.products.find: codes.1: Too small: expected string to have >=1 characters",
    });
    expect(COMMAND_HANDLERS["erp.products.find"].prepare({ by: "name", codes: ["A"] })).toMatchObject({ ok: false });
  });

  it("accepts valid input", () => {
    expect(COMMAND_HANDLERS["erp.status"].prepare({})).toMatchObject({ ok: true });
    expect(COMMAND_HANDLERS["diagnostics.sleep"].prepare({ ms: 0 })).toMatchObject({ ok: true });
  });
});

describe("commands", () => {
  it("echo returns the text with the agent's time", async () => {
    const { result } = runWith({ definition: COMMAND_HANDLERS["diagnostics.echo"], input: { text: "ping" } });
    expect(await result).toEqual({ text: "ping", agentTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it("sleep stops when its signal aborts", async () => {
    const controller = new AbortController();
    const { result } = runWith({
      definition: COMMAND_HANDLERS["diagnostics.sleep"],
      input: { ms: 60_000 },
      context: { signal: controller.signal },
    });
    controller.abort("TIMEOUT");
    await expect(result).rejects.toThrow();
  });

  it("stream emits pages from resumeFromPage and totals the whole stream", async () => {
    const { pages, result } = runWith({
      definition: COMMAND_HANDLERS["diagnostics.stream"],
      input: { pages: 5, pageBytes: 3 },
      context: { resumeFromPage: 2 },
    });
    expect(await result).toEqual({ pages: 5, bytes: 15 });
    expect(pages).toEqual([2, 3, 4].map((seq) => ({ seq, filler: "xxx" })));
  });

  it("erp.status says honestly that no ERP is configured", async () => {
    const { result } = runWith({ definition: COMMAND_HANDLERS["erp.status"], input: {} });
    expect(await result).toMatchObject({
      configured: false,
      reachable: false,
      message: "No ERP connection configured",
    });
  });

  it("erp.products.find fails as ERP_UNAVAILABLE when no ERP is configured", async () => {
    const { result } = runWith({
      definition: COMMAND_HANDLERS["erp.products.find"],
      input: { by: "ean", codes: ["1"] },
    });
    await expect(result).rejects.toMatchObject({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
  });

  it("order commands fail as ERP_UNAVAILABLE when no ERP is configured, so the portal retries later", async () => {
    const { result } = runWith({
      definition: COMMAND_HANDLERS["erp.order.close"],
      input: { orderKey: "SHOP-1", action: "cancel" },
    });
    await expect(result).rejects.toMatchObject({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
  });
});
