import { afterAll, beforeAll, expect } from "vitest";
import type { TSandboxSize } from "../../apps/agent/src/erp/subiekt-gt/sandbox/generate-sandbox-data.ts";
import type { DataGroup } from "../../apps/portal/src/generated/prisma/client.ts";
import { startOrderEngine } from "../../apps/portal/src/server/boot/engines/start-order-engine.ts";
import { startSyncEngine } from "../../apps/portal/src/server/boot/engines/start-sync-engine.ts";
import type { TIntegrationSettings } from "../../apps/portal/src/server/settings/integration-settings.ts";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { configureIntegration, finishedRun } from "../integration/sync/sync-fixture.ts";
import { enrolledAgent, startHub } from "./tunnel-harness.ts";

type TWorldOptions = {
  /** The sandbox ERP's size: the small one by default. */
  size?: TSandboxSize;
  /** The portal's engines working in this process: the sync engine's by default. */
  engines?: ("sync" | "orders")[];
  /**
   * What the test puts in the ERP or the portal before anything reads it: runs once the agent is
   * connected, before the engines start and the integration is saved.
   */
  arrange?: (world: TArrangedWorld) => Promise<void>;
  /**
   * Saves the company's integration with the agent (the defaults plus `settings`), then waits for
   * each of `firstRuns`' first runs and requires it to have succeeded. Absent: the tests save it.
   */
  integration?: { settings?: Partial<TIntegrationSettings>; firstRuns?: DataGroup[] };
};

type TArrangedWorld = Awaited<ReturnType<typeof connectWorld>>;

/** The hub, the sandbox and the enrolled agent, connected. */
async function connectWorld(options: TWorldOptions) {
  const [hub, sandbox] = await Promise.all([startHub(), createSandbox({ size: options.size ?? SMALL_SANDBOX })]);
  let agent: Awaited<ReturnType<typeof enrolledAgent>> | undefined;
  try {
    agent = await enrolledAgent({ portalUrl: hub.url, erpUrl: sandbox.url });
    let process = agent.run();
    // The agent says "connected" once welcomed, and the hub welcomes it once its hello (the ERP
    // connection it serves) is stored: an integration can be saved with it from here on.
    await process.waitFor((log) => log.msg === "connected");
    const connected = agent;
    return {
      hub,
      sandbox,
      agent: connected,
      /** The agent process now running (replaced by restartAgent). */
      agentProcess: () => process,
      /** Starts the agent again (after a test stopped it) and waits until it is connected. */
      async restartAgent() {
        process = connected.run();
        await process.waitFor((log) => log.msg === "connected");
      },
    };
  } catch (error) {
    await agent?.cleanup();
    await hub.close();
    await sandbox.drop();
    throw error;
  }
}

/**
 * A client's head office synced to the portal, as the sync, report and channel tests need it:
 * the portal's agent hub on a loopback port, a generated Subiekt GT sandbox, the real agent
 * process enrolled for a new company and connected over a real socket (its hello, with the
 * connection it serves, stored), and the portal's engines in this process. `close` stops and
 * drops all of it, whatever of it was started.
 */
export async function startSyncedWorld(options: TWorldOptions = {}) {
  const world = await connectWorld(options);
  const stops: (() => Promise<void>)[] = [];
  /** Stops the engines (a test that applies pages by hand wants no runs of theirs); close does too. */
  const stopEngines = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  const close = async () => {
    await stopEngines();
    await world.agent.cleanup();
    await world.hub.close();
    await world.sandbox.drop();
  };
  try {
    await options.arrange?.(world);
    const engines = options.engines ?? ["sync"];
    if (engines.includes("sync")) stops.push(await startSyncEngine());
    if (engines.includes("orders")) stops.push(await startOrderEngine());
    const configuredAt = new Date();
    if (options.integration) {
      const { companyId, agentId } = world.agent;
      await configureIntegration({ companyId, agentId, settings: options.integration.settings });
      for (const group of options.integration.firstRuns ?? []) {
        const run = await finishedRun({ companyId, group, since: configuredAt });
        expect({ group, status: run.status, error: run.errorMessage }).toEqual({
          group,
          status: "SUCCEEDED",
          error: null,
        });
      }
    }
    return { ...world, configuredAt, stopEngines, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export type TSyncedWorld = Awaited<ReturnType<typeof startSyncedWorld>>;

/**
 * The test file's synced world (see startSyncedWorld), started before its tests and closed after
 * them: its parts are read inside the tests (`world.agent`, `world.sandbox.db`), and inside
 * `arrange` once connected.
 */
export function syncedWorld(options: TWorldOptions = {}, timeoutMs = 120_000) {
  let connected: TArrangedWorld | undefined;
  let world: TSyncedWorld | undefined;
  beforeAll(async () => {
    world = await startSyncedWorld({
      ...options,
      arrange: async (parts) => {
        connected = parts;
        await options.arrange?.(parts);
      },
    });
  }, timeoutMs);
  afterAll(async () => {
    await world?.close();
  });
  const parts = (): TArrangedWorld => {
    if (!connected) throw new Error("the synced world is started in beforeAll");
    return connected;
  };
  const ready = (): TSyncedWorld => {
    if (!world) throw new Error("the synced world is started in beforeAll");
    return world;
  };
  return {
    get hub() {
      return parts().hub;
    },
    get sandbox() {
      return parts().sandbox;
    },
    get agent() {
      return parts().agent;
    },
    /** When the integration was saved (the engines had started): runs since then are its first. */
    get configuredAt() {
      return ready().configuredAt;
    },
    stopEngines: () => ready().stopEngines(),
    agentProcess: () => parts().agentProcess(),
    restartAgent: () => parts().restartAgent(),
  };
}
