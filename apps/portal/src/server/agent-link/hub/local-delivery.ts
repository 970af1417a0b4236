import { randomUUID } from "node:crypto";
import { deliverCommands } from "./deliver-commands.ts";
import type { HubContext } from "./hub-context.ts";

/** Starts a delivery pass to an agent when this hub holds its connection; says whether it did. */
type TLocalHub = (agentId: string) => boolean;

// On globalThis like the bus: Next's bundled route handlers load this module apart from the
// custom server, and an enqueue there must reach the hub the server attached (through the
// server's own copy of the hub's code, which is why a function is stored, not the context).
const KEY = Symbol.for("erp-bridge.local-hubs");

function localHubs(): Set<TLocalHub> {
  const existing: unknown = Reflect.get(globalThis, KEY);
  if (existing instanceof Set) return existing as Set<TLocalHub>;
  const created = new Set<TLocalHub>();
  Reflect.set(globalThis, KEY, created);
  return created;
}

const PROCESS_KEY = Symbol.for("erp-bridge.process-id");

/** This process among the portal's processes, for events it announces about work it did itself. */
export function localProcessId(): string {
  const existing: unknown = Reflect.get(globalThis, PROCESS_KEY);
  if (typeof existing === "string") return existing;
  const created = randomUUID();
  Reflect.set(globalThis, PROCESS_KEY, created);
  return created;
}

/** Makes the hub's connections reachable by `deliverHere` from this process; returns the undo. */
export function registerLocalHub(ctx: HubContext): () => void {
  const hub: TLocalHub = (agentId) => {
    const session = ctx.held(agentId);
    if (!session || ctx.draining || ctx.closing) return false;
    session.run("deliver", () => deliverCommands(session));
    return true;
  };
  localHubs().add(hub);
  return () => void localHubs().delete(hub);
}

/**
 * Sends an agent its committed, unsent work at once when this process holds its connection,
 * without waiting for the "command available" notification to come back from PostgreSQL (a round
 * trip through the database and this process's listener). The notification still goes out, for
 * the other processes, marked `sentBy` this process, whose hub then starts no second pass: one
 * started after the drain of the portal began could send new work (its claim outran the drain's
 * check). Were it started anyway, it would find the command already sent on this connection
 * (`session.sent`), since one connection's passes run one at a time. The row stays the truth: this
 * only starts its claim earlier, and a pass that fails leaves the work to the catch-up. Call it
 * after the commit.
 */
export function deliverHere(agentId: string): boolean {
  for (const hub of localHubs()) if (hub(agentId)) return true;
  return false;
}
