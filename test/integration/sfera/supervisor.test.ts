import { afterEach, describe, expect, it } from "vitest";
import { BRIDGE_CALLS } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-calls.ts";
import { SferaSupervisor } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sfera-supervisor.ts";
import type { TFindByKey } from "../../../apps/agent/src/erp/subiekt-gt/sfera/supervisor-types.ts";
import type { TFault } from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/faults.ts";
import { eventually } from "../../support/eventually.ts";
import {
  bridgesRunning,
  faultPlan,
  LOGIN,
  recordingLogger,
  standInBridge,
  TIMINGS,
} from "../../support/sfera/bridges.ts";

const order = (key: string) => ({
  key,
  customerId: 7,
  warehouseId: 1,
  reserve: true,
  lines: [{ sku: "TW-1", quantity: 1, netPrice: 10 }],
});

let running: SferaSupervisor[] = [];
afterEach(async () => {
  await Promise.all(running.map((supervisor) => supervisor.stop()));
  running = [];
});

/** A supervisor over the stand-in bridge; `faults` is also the tag its processes carry. */
function supervise(options: {
  args?: string[];
  plan?: Record<string, TFault>;
  findByKey?: TFindByKey;
  callTimeoutMs?: number;
}) {
  const faults = faultPlan(options.plan);
  const { log, entries } = recordingLogger();
  const supervisor = new SferaSupervisor({
    bridge: standInBridge(["--faults", faults, ...(options.args ?? [])]),
    login: LOGIN,
    findByKey: options.findByKey ?? (async () => null),
    log,
    timings: { ...TIMINGS, callTimeoutMs: options.callTimeoutMs ?? TIMINGS.callTimeoutMs },
  });
  running.push(supervisor);
  supervisor.start();
  return { supervisor, faults, entries };
}

describe("the Sfera supervisor", () => {
  it("shows a cold start as starting and holds calls until the session opens", async () => {
    const { supervisor } = supervise({ args: ["--cold-start-ms", "1500"] });
    const starting = await eventually(
      async () => {
        const health = await supervisor.health();
        return health.busy?.type === "session.open" ? health : undefined;
      },
      { what: "the bridge reporting its session opening" },
    );
    expect(starting.state).toBe("starting");
    const written = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-cold"));
    expect(written).toEqual({
      ok: true,
      value: { document: { id: 1, number: "ZK 1/2026" }, created: true, warnings: [] },
    });
    const ready = await supervisor.health();
    expect(ready).toMatchObject({ state: "ready", operator: "Integracja", subiektVersion: "stand-in", restarts: 0 });
    expect(Date.parse(ready.since)).toBeGreaterThanOrEqual(Date.parse(starting.since));
  });

  it("answers a hung call as retryable, kills the bridge and serves the next call from a new one", async () => {
    const { supervisor, faults } = supervise({ plan: { "order.create": "hang-before-write" }, callTimeoutMs: 2000 });
    expect(await supervisor.ready()).toEqual({ ok: true });
    const [firstBridge] = bridgesRunning(faults);
    const hung = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-hang"));
    expect(hung).toMatchObject({ ok: false, error: { code: "BRIDGE_TIMEOUT", retryable: true } });
    expect(await supervisor.ready()).toEqual({ ok: true });
    const bridges = bridgesRunning(faults);
    expect(bridges).toHaveLength(1);
    expect(bridges).not.toContain(firstBridge);
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-hang"))).toMatchObject({
      ok: true,
      value: { created: true },
    });
    expect((await supervisor.health()).restarts).toBe(1);
  });

  it("answers a call whose bridge died as retryable and restarts the bridge", async () => {
    const { supervisor, entries } = supervise({ plan: { "order.create": "exit-before-write" } });
    const died = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-exit"));
    expect(died).toMatchObject({ ok: false, error: { code: "BRIDGE_EXITED", retryable: true } });
    expect(entries.some((entry) => entry.msg === "sfera bridge exited")).toBe(true);
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-exit"))).toMatchObject({ ok: true });
  });

  it("answers the bridge's key check from the agent's look-up; a failed look-up lets nothing through", async () => {
    const asked: string[] = [];
    const { supervisor } = supervise({
      findByKey: async ({ key, types }) => {
        asked.push(`${key}:${types.join(",")}`);
        if (key === "o-fail") throw new Error("ERP database unreachable");
        return key === "o-found" ? { id: 77, number: "ZK 9/2026" } : null;
      },
    });
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-found"))).toEqual({
      ok: true,
      value: { document: { id: 77, number: "ZK 9/2026" }, created: false, warnings: [] },
    });
    const failed = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-fail"));
    expect(failed).toMatchObject({ ok: false, error: { code: "KEY_CHECK_FAILED", retryable: true } });
    expect(failed.ok ? "" : failed.error.message).toContain("ERP database unreachable");
    expect(asked).toEqual(["o-found:ZK", "o-fail:ZK"]);
  });

  it("stays down with the reason when Subiekt refuses the operator, and answers calls with it", async () => {
    const { supervisor } = supervise({ args: ["--refuse-login", "WRONG_OPERATOR"] });
    const opened = await supervisor.ready();
    expect(opened).toMatchObject({ ok: false, error: { code: "WRONG_OPERATOR" } });
    const health = await supervisor.health();
    expect(health.state === "down" || health.state === "starting").toBe(true);
    expect(health.lastError).toMatchObject({
      code: "WRONG_OPERATOR",
      message: "Nieprawidłowa nazwa operatora lub hasło",
    });
    const call = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-login"));
    expect(call).toMatchObject({ ok: false, error: { code: "WRONG_OPERATOR", retryable: true } });
  });

  it("treats an answer that does not fit its call as a protocol error and logs stray lines", async () => {
    const { supervisor, entries } = supervise({ args: ["--garbage", "--bad-results"] });
    const answer = await supervisor.call(BRIDGE_CALLS["order.create"], order("o-bad"));
    expect(answer).toMatchObject({ ok: false, error: { code: "BRIDGE_PROTOCOL", retryable: true } });
    expect(answer.ok ? "" : answer.error.message).toBe(
      "order.create answered document.number: Invalid input: expected string, received undefined",
    );
    expect(entries.find((entry) => entry.msg === "sfera bridge wrote an unreadable line")?.fields).toMatchObject({
      line: "Sfera: ostrzeżenie",
    });
  });

  it("stops the bridge and answers later calls as unavailable", async () => {
    const { supervisor, faults } = supervise({});
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect(bridgesRunning(faults)).toHaveLength(1);
    await supervisor.stop();
    expect(bridgesRunning(faults)).toEqual([]);
    expect((await supervisor.health()).state).toBe("stopped");
    expect(await supervisor.call(BRIDGE_CALLS["order.create"], order("o-stop"))).toMatchObject({
      ok: false,
      error: { code: "BRIDGE_UNAVAILABLE", retryable: true },
    });
  });
});
