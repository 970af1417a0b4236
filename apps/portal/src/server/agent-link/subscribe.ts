import { createBus, type TBus } from "./bus/create-bus.ts";
import type { TBusChannel, TBusEvent } from "./bus-channels.ts";

// One listener per process, shared by the hub, awaiters and SSE routes. On globalThis because
// Next's bundled route handlers load this module apart from the custom server.
const KEY = Symbol.for("erp-bridge.bus");

function isBus(value: unknown): value is TBus {
  return typeof value === "object" && value !== null && "subscribe" in value && "ready" in value;
}

export function getBus(): TBus {
  const existing: unknown = Reflect.get(globalThis, KEY);
  if (isBus(existing)) return existing;
  const bus = createBus();
  Reflect.set(globalThis, KEY, bus);
  return bus;
}

/** Live events for this process (the Agents page's SSE route uses it); returns the unsubscribe. */
export function subscribe<C extends TBusChannel>(channel: C, fn: (event: TBusEvent<C>) => void): () => void {
  return getBus().subscribe(channel, fn);
}

export async function closeBus(): Promise<void> {
  const existing: unknown = Reflect.get(globalThis, KEY);
  Reflect.deleteProperty(globalThis, KEY);
  if (isBus(existing)) await existing.close();
}
