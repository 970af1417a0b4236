import { setTimeout as sleep } from "node:timers/promises";
import { EXIT } from "../cli/exit-codes.ts";
import type { ErpConnections } from "../erp/erp-connections.ts";
import type { TLogger } from "../log.ts";
import type { UpdateReceiver } from "../update/update-receiver.ts";
import { backoffDelay } from "./backoff.ts";
import type { CommandRunner } from "./command-runner.ts";
import { runSession } from "./session.ts";
import type { TTimings } from "./timings.ts";

/**
 * Keeps one connection up until `stop` aborts or the portal gives a verdict that ends the
 * process; returns the exit code. Attempts count up while connections fail and start over
 * after one that stayed up past `resetAfterMs`.
 */
export async function runTunnel(options: {
  portalUrl: string;
  credential: string;
  runner: CommandRunner;
  updates: UpdateReceiver;
  connections: ErpConnections;
  log: TLogger;
  timings: TTimings;
  stop: AbortSignal;
}): Promise<number> {
  const { log, stop, timings } = options;
  let attempt = 0;
  let code: number = EXIT.OK;
  while (!stop.aborted) {
    const end = await runSession(options);
    if (end.kind === "exit") {
      code = end.code;
      break;
    }
    if (end.upMs > timings.backoff.resetAfterMs) attempt = 0;
    const delayMs = backoffDelay({ attempt, policy: timings.backoff });
    attempt += 1;
    log.info("reconnecting", { attempt, delayMs });
    await sleep(delayMs, undefined, { signal: stop }).catch(() => undefined);
  }
  // A plain command may still be running from a connection that dropped; give it its grace.
  await options.runner.stop({ graceMs: timings.shutdownGraceMs });
  return code;
}
