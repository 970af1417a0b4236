import { sql, type Kysely } from "kysely";
import { completeRow } from "../schema/complete-row.ts";
import type { TSubiektDatabase, TSubiektTable } from "../schema/database.ts";
import { SANDBOX_TABLES, type TSandboxColumn } from "./sandbox-tables.ts";

export type TBulkWriter = ReturnType<typeof createBulkWriter>;

/** `columns` are the ones the table's rows supply, completed as the writer completes its inserts. */
type TPending = { table: string; columns: TSandboxColumn[]; values: unknown[][]; rows: number };

/**
 * Buffers rows per table and writes each batch as one INSERT ... SELECT FROM unnest(arrays): one
 * parameter per column whatever the batch size, close to COPY speed without a COPY client. Up to
 * `inFlight` batches are written while the generator goes on producing the next ones.
 */
export function createBulkWriter(options: { db: Kysely<TSubiektDatabase>; batchRows?: number; inFlight?: number }) {
  const batchRows = options.batchRows ?? 20_000;
  const maxInFlight = options.inFlight ?? 2;
  const pending = new Map<string, TPending>();
  const inFlight = new Set<Promise<void>>();
  const counts: Record<string, number> = {};
  let failure: { error: unknown } | null = null;

  const start = (batch: TPending) => {
    const write = insertBatch({ db: options.db, batch })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
  };

  const throwIfFailed = () => {
    if (failure !== null) throw failure.error;
  };

  return {
    /** Queues a row; the returned promise waits only when a full batch must wait for a free writer. */
    async add<T extends TSubiektTable>(table: T, row: TSubiektDatabase[T]): Promise<void> {
      throwIfFailed();
      const record: Record<string, unknown> = completeRow(table, row);
      let batch = pending.get(table);
      if (!batch) {
        const spec = SANDBOX_TABLES.find((t) => t.name === table);
        if (!spec) throw new Error(`unknown sandbox table ${table}`);
        const columns = spec.columns.filter((column) => record[column.name] !== undefined);
        batch = { table, columns, values: columns.map(() => []), rows: 0 };
        pending.set(table, batch);
      }
      const { columns } = batch;
      for (let i = 0; i < columns.length; i++) batch.values[i]?.push(toParameter(record[columns[i]?.name ?? ""]));
      batch.rows++;
      counts[table] = (counts[table] ?? 0) + 1;
      if (batch.rows < batchRows) return;
      pending.delete(table);
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      start(batch);
    },
    /** Writes everything queued and waits for it. */
    async flush(): Promise<void> {
      for (const batch of pending.values()) start(batch);
      pending.clear();
      await Promise.all(inFlight);
      throwIfFailed();
    },
    counts: (): Readonly<Record<string, number>> => counts,
  };
}

async function insertBatch(options: { db: Kysely<TSubiektDatabase>; batch: TPending }): Promise<void> {
  const { table, columns, values } = options.batch;
  const names = sql.join(columns.map((c) => sql.id(c.name)));
  const arrays = sql.join(columns.map((c, i) => sql`${sql.val(values[i])}::${sql.raw(arrayType(c.type))}`));
  await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${arrays})`.execute(options.db);
}

/** Strings travel as text[] so the insert's assignment cast rejects overlong values instead of cutting them. */
function arrayType(type: string): string {
  if (type === "citext" || type.startsWith("char")) return "text[]";
  if (type.startsWith("numeric")) return "numeric[]";
  if (type.startsWith("timestamp")) return "timestamp[]";
  return `${type}[]`;
}

/** Datetimes are written as UTC wall-clock text, so the data does not depend on the machine's time zone. */
function toParameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 23) : value;
}
