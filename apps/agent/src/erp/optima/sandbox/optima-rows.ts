import type { Insertable, Kysely } from "kysely";
import type { TOptimaDatabase, TOptimaTable } from "../schema/optima-tables.ts";

/** Rows per table as the generator produces them, in insert order. */
export type TOptimaRows = { [T in TOptimaTable]: Insertable<TOptimaDatabase[T]>[] };

export function emptyRows(): TOptimaRows {
  return {
    "CDN.Magazyny": [],
    "CDN.Jednostki": [],
    "CDN.DefCeny": [],
    "CDN.TwrGrupy": [],
    "CDN.Towary": [],
    "CDN.TwrEan": [],
    "CDN.TwrCeny": [],
    "CDN.TwrIlosci": [],
    "CDN.Kontrahenci": [],
    "CDN.TraNag": [],
    "CDN.TraElem": [],
    "CDN.BnkZdarzenia": [],
  };
}

/** Inserts every table's rows in batches (PostgreSQL's 65535 parameters); returns rows per table. */
export async function insertRows(options: {
  db: Kysely<TOptimaDatabase>;
  rows: TOptimaRows;
}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(options.rows) as TOptimaTable[]) {
    const rows = options.rows[table];
    for (let start = 0; start < rows.length; start += 1000) {
      await options.db
        .insertInto(table)
        .values(rows.slice(start, start + 1000))
        .execute();
    }
    counts[table] = rows.length;
  }
  return counts;
}

/** A day `offset` days from `today` (UTC midnight: the ERP's wall clock, erp-clock.ts), at `hour`. */
export function dayOf(today: Date, offset: number, hour = 0): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset, hour));
}
