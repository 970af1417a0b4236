import { EventEmitter } from "node:events";

// With the embedded database (one connection, none to spare for LISTEN) there is one process,
// and events travel on this emitter. It hangs off globalThis because the custom server and
// Next's bundled route handlers load this module separately in the same process.
const KEY = Symbol.for("erp-bridge.local-bus-events");

export const LOCAL_EVENT = "bus-event";

export function localEvents(): EventEmitter {
  const existing: unknown = Reflect.get(globalThis, KEY);
  // instanceof narrows to EventEmitter<any>; only this module stores the emitter, so it is ours.
  if (existing instanceof EventEmitter) return existing as EventEmitter;
  const created = new EventEmitter();
  created.setMaxListeners(0);
  Reflect.set(globalThis, KEY, created);
  return created;
}
