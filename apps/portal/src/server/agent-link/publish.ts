import { Prisma } from "../../generated/prisma/client.ts";
import type { TTx } from "../platform/database/db.ts";
import { querySql } from "../platform/database/query-sql.ts";
import { detachFromTransaction } from "../platform/database/transaction-scope.ts";
import { BUS_CHANNELS, type TBusChannel, type TBusEvent } from "./bus-channels.ts";
import { usesLocalBus } from "./bus/create-bus.ts";
import { LOCAL_EVENT, localEvents } from "./bus/local-events.ts";
import { StatementBatcher } from "./commands/statement-batcher.ts";

/**
 * Publishes an event to every portal process. Given a transaction, PostgreSQL delivers it
 * only when that transaction commits (and never if it rolls back), so a receiver that reads
 * the database on the event always finds the rows the event is about. Without one (an event about
 * changes already committed) it shares a statement with the other events published meanwhile:
 * under load one statement instead of one per order or command outcome.
 */
export async function publish<C extends TBusChannel>(options: { channel: C; event: TBusEvent<C>; tx?: TTx }) {
  const schema: (typeof BUS_CHANNELS)[C] = BUS_CHANNELS[options.channel];
  const event: unknown = schema.parse(options.event);
  if (usesLocalBus()) {
    // One connection: a receiver's query queues behind the open transaction, so it still
    // sees the committed rows. A rolled-back publish is a harmless spurious wake-up.
    // Detached: the receivers are not part of the transaction, and the guard against a second
    // connection inside one would refuse their queries.
    detachFromTransaction(() => setImmediate(() => localEvents().emit(LOCAL_EVENT, options.channel, event)));
    return;
  }
  const payload = JSON.stringify(event);
  if (options.tx) await options.tx.$executeRaw`SELECT pg_notify(${options.channel}, ${payload})`;
  else await publishCommitted({ channel: options.channel, payload });
}

/**
 * Queued for the next shared statement, which runs outside any caller's transaction scope: the
 * batch serves every caller, and the first one's scope must not make the pool refuse it.
 */
function publishCommitted(notification: TNotification): Promise<void> {
  return new Promise((resolve, reject) =>
    detachFromTransaction(() => void committedEvents.add(notification).then(resolve, reject)),
  );
}

type TNotification = { channel: TBusChannel; payload: string };

const committedEvents = new StatementBatcher<TNotification, void>({ run: notifyBatch, max: 500 });

/** One statement, which writes nothing (so it takes no notify lock through a flush: see outboxInsertCtes). */
async function notifyBatch(batch: TNotification[]): Promise<void[]> {
  // PostgreSQL folds identical notifications of one transaction into one anyway.
  const distinct = new Map(batch.map((entry) => [`${entry.channel}\n${entry.payload}`, entry]));
  const channels = [...distinct.values()].map((entry) => entry.channel);
  const payloads = [...distinct.values()].map((entry) => entry.payload);
  await querySql(
    Prisma.sql`
    SELECT count(pg_notify(n."channel", n."payload"))::int AS "sent"
    FROM unnest(${channels}::text[], ${payloads}::text[]) AS n("channel", "payload")`,
    { prepared: true },
  );
  return batch.map(() => undefined);
}

/**
 * pg_notify as part of the statement that makes the change it announces, so the change and
 * its announcement commit together in one round trip. Use it in a CTE the statement counts
 * (pg_notify returns void, which cannot be selected). On the in-process bus it is NULL and
 * the caller announces with publishIfLocal after the statement.
 */
export function notifySql(channel: TBusChannel, payload: Prisma.Sql): Prisma.Sql {
  return usesLocalBus() ? Prisma.sql`NULL` : Prisma.sql`pg_notify(${channel}, ${payload})`;
}

export async function publishIfLocal<C extends TBusChannel>(options: { channel: C; event: TBusEvent<C> }) {
  if (usesLocalBus()) await publish(options);
}
