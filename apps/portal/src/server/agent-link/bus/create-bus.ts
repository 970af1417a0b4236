import { env } from "../../../env.ts";
import { errorText, log } from "../../platform/log.ts";
import { BUS_CHANNEL_NAMES, type TBusChannel, type TBusEvent } from "../bus-channels.ts";
import { Fanout } from "./fanout.ts";
import { LOCAL_EVENT, localEvents } from "./local-events.ts";
import { PgListener } from "./pg-listener.ts";

/** One process's ear on the bus. Publishing needs no bus: see publish.ts. */
export type TBus = {
  /** Resolves once events published from now on will arrive. */
  ready: Promise<void>;
  subscribe<C extends TBusChannel>(channel: C, fn: (event: TBusEvent<C>) => void): () => void;
  /** Called after the listener reconnected: events may have been missed, re-read the database. */
  onResync(fn: () => void): () => void;
  close(): Promise<void>;
};

/** The embedded database takes one connection, so it runs as one process with an in-memory bus. */
export function usesLocalBus(): boolean {
  return env.DATABASE_POOL_SIZE === 1;
}

export function createBus(options: { databaseUrl?: string } = {}): TBus {
  const fanout = new Fanout();
  const resync = new Set<() => void>();
  const url = options.databaseUrl ?? env.DATABASE_URL;
  if (usesLocalBus() || !url) {
    const onLocal = (channel: string, value: unknown) => fanout.deliver(channel, value);
    localEvents().on(LOCAL_EVENT, onLocal);
    return {
      ready: Promise.resolve(),
      subscribe: (channel, fn) => fanout.subscribe(channel, fn),
      onResync: () => () => {},
      async close() {
        localEvents().off(LOCAL_EVENT, onLocal);
        fanout.clear();
      },
    };
  }
  const listener = new PgListener({
    url,
    channels: BUS_CHANNEL_NAMES,
    onNotification: (channel, payload) => fanout.deliver(channel, parseJson(payload)),
    onResync: () => resync.forEach((fn) => fn()),
  });
  return {
    ready: listener.ready,
    subscribe: (channel, fn) => fanout.subscribe(channel, fn),
    onResync(fn) {
      resync.add(fn);
      return () => void resync.delete(fn);
    },
    async close() {
      fanout.clear();
      resync.clear();
      await listener.close();
    },
  };
}

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch (error) {
    log("warn", "bus payload is not JSON", { error: errorText(error) });
    return null;
  }
}
