import type { TBus } from "../bus/create-bus.ts";

type TRegistry = { byCommand: Map<string, Set<() => void>>; resync: Set<() => void> };

// One bus subscription per bus, keyed by command: with thousands of commands in flight an
// event wakes its own waiters instead of being offered to every one of them.
const registries = new WeakMap<TBus, TRegistry>();

function registryFor(bus: TBus): TRegistry {
  const existing = registries.get(bus);
  if (existing) return existing;
  const registry: TRegistry = { byCommand: new Map(), resync: new Set() };
  bus.subscribe("command-finished", ({ commandId }) => registry.byCommand.get(commandId)?.forEach((wake) => wake()));
  bus.onResync(() => registry.resync.forEach((wake) => wake()));
  registries.set(bus, registry);
  return registry;
}

/** Calls `wake` whenever the command may have finished (its event, or a bus reconnect). */
export function watchCommand(options: { bus: TBus; commandId: string; wake: () => void }): () => void {
  const registry = registryFor(options.bus);
  const waiters = registry.byCommand.get(options.commandId) ?? new Set();
  registry.byCommand.set(options.commandId, waiters);
  waiters.add(options.wake);
  registry.resync.add(options.wake);
  return () => {
    waiters.delete(options.wake);
    if (waiters.size === 0) registry.byCommand.delete(options.commandId);
    registry.resync.delete(options.wake);
  };
}
