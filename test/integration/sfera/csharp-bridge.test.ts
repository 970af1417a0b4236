import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BRIDGE_CALLS } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-calls.ts";
import { runSferaCheck } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sfera-check.ts";
import { SferaSupervisor } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sfera-supervisor.ts";
import type { TFindByKey } from "../../../apps/agent/src/erp/subiekt-gt/sfera/supervisor-types.ts";
import { eventually } from "../../support/eventually.ts";
import { buildCsharpBridge, csharpBridge, LOGIN, recordingLogger, TIMINGS } from "../../support/sfera/bridges.ts";

/**
 * The agent's supervisor against the real C# bridge (protocol, STA queue, key checks, calls),
 * compiled with Mono over the fake Subiekt of apps/sfera-bridge/tests/Fakes: the two halves of the
 * protocol checked against each other.
 */
beforeAll(() => buildCsharpBridge());

let running: SferaSupervisor[] = [];
afterEach(async () => {
  await Promise.all(running.map((supervisor) => supervisor.stop()));
  running = [];
});

function supervise(options: { operator?: string; coldStartMs?: number; findByKey?: TFindByKey }) {
  const supervisor = new SferaSupervisor({
    bridge: csharpBridge({ coldStartMs: options.coldStartMs ?? 0 }),
    login: { ...LOGIN, operator: options.operator ?? LOGIN.operator },
    findByKey: options.findByKey ?? (async () => null),
    log: recordingLogger().log,
    timings: TIMINGS,
  });
  running.push(supervisor);
  return supervisor;
}

const order = (key: string) => ({
  key,
  customerId: 7,
  warehouseId: 2,
  reserve: true,
  lines: [{ sku: "TW-1", quantity: 2, netPrice: 19.99 }],
});

describe("the C# Sfera bridge under the agent's supervisor", () => {
  it("reports Subiekt starting, then the session with its operator and version", async () => {
    const supervisor = supervise({ coldStartMs: 1500 });
    supervisor.start();
    const starting = await eventually(
      async () => {
        const health = await supervisor.health();
        return health.busy?.type === "session.open" ? health : undefined;
      },
      { what: "the C# bridge busy opening its session" },
    );
    expect(starting.state).toBe("starting");
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect(await supervisor.health()).toMatchObject({
      state: "ready",
      operator: "Integracja",
      subiektVersion: "1.88 HF4",
    });
  });

  it("asks the agent for each write's key: a new key is written, a known one returns its document", async () => {
    const asked: string[] = [];
    const supervisor = supervise({
      findByKey: async ({ key, types }) => {
        asked.push(`${key}:${types.join(",")}`);
        return key === "o-known" ? { id: 9, number: "ZK 9/2026" } : null;
      },
    });
    supervisor.start();
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-new"))).toEqual({
      ok: true,
      value: { document: { id: 1000, number: "ZK 1/2026" }, created: true, warnings: [] },
    });
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-known"))).toEqual({
      ok: true,
      value: { document: { id: 9, number: "ZK 9/2026" }, created: false, warnings: [] },
    });
    expect(asked).toEqual(["o-new:ZK", "o-known:ZK"]);
    const unknown = await supervisor.call(BRIDGE_CALLS["order.create"], {
      ...order("o-bad"),
      lines: [{ sku: "TW-404", quantity: 1, netPrice: 1 }],
    });
    expect(unknown).toEqual({
      ok: false,
      error: { code: "REFUSED", message: "lines.0.sku: no product with symbol TW-404 in Subiekt", retryable: false },
    });
    expect((await supervisor.health()).lastSaveAt).not.toBeNull();
  });

  it("an MM given the order moves the order's positions with the goods, and names one it covers in part", async () => {
    const supervisor = supervise({});
    supervisor.start();
    const zk = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-cc"));
    if (!zk.ok) throw new Error(zk.error.message);
    const transfer = (key: string, quantity: number) =>
      supervisor.call(BRIDGE_CALLS["transfer.create"], {
        key,
        fromWarehouseId: 2,
        toWarehouseId: 4,
        orderId: zk.value.document.id,
        lines: [{ sku: "TW-1", quantity }],
      });
    const number = zk.value.document.number;
    expect(await transfer("o-cc-t1", 1)).toMatchObject({
      ok: true,
      value: {
        created: true,
        warnings: [
          `${number}: position 1 needs 2, the transfer carries 1`,
          `${number} has no open line of these products in the source warehouse`,
        ],
      },
    });
    expect(await transfer("o-cc-t2", 2)).toMatchObject({ ok: true, value: { created: true, warnings: [] } });
  });

  it("sfera-check finds the product and the customer through the bridge", async () => {
    const report = await runSferaCheck({
      supervisor: supervise({}),
      sample: { productSymbol: "TW-1", customerSymbol: "KH-1" },
    });
    expect(report).toEqual({
      ok: true,
      lines: [
        "session:  open as operator Integracja, Subiekt 1.88 HF4",
        'product:  TW-1 "Kubek" (id 11)',
        'customer: KH-1 "Nowak sp. z o.o." (id 7)',
        "verdict:  Sfera is ready; nothing was saved",
      ],
    });
  });

  it.each([
    [
      "wrong",
      "Subiekt refused the operator (name or password) (WRONG_OPERATOR)",
      "Nieprawidłowa nazwa operatora lub hasło",
    ],
    ["no-licence", "no Sfera licence (NO_LICENCE)", "Brak aktywnej licencji na program Sfera dla Subiekta GT"],
  ])("sfera-check says why operator %s gets no session, in Sfera's words", async (operator, reason, sferaSays) => {
    const report = await runSferaCheck({
      supervisor: supervise({ operator }),
      sample: { productSymbol: "TW-1", customerSymbol: "KH-1" },
    });
    expect(report.ok).toBe(false);
    expect(report.lines[0]).toBe("session:  not opened");
    expect(report.lines[1]).toMatch(new RegExp(`^reason:   ${reason.replace(/[()]/g, "\\$&")}: .*${sferaSays}$`));
  });
});
