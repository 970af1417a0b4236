import type { Kysely } from "kysely";
import { createRandom } from "../../subiekt-gt/sandbox/random.ts";
import type { TOptimaDatabase } from "../schema/optima-tables.ts";
import { generateCatalog } from "./generate-optima-catalog.ts";
import { generateSettlements } from "./generate-optima-settlements.ts";
import { generateCustomers, generateDocuments } from "./generate-optima-trade.ts";
import { emptyRows, insertRows } from "./optima-rows.ts";

export type TOptimaSandboxSize = {
  seed: number;
  products: number;
  warehouses: number;
  customers: number;
  documents: number;
  /** How many days back the documents go. */
  days: number;
  /** The sandbox's today (the ERP's wall clock, UTC midnight): stock rows are dated around it. */
  today: Date;
};

/** A small franchise partner on Optima: every read has rows, a first sync takes a second. */
export const SMALL_OPTIMA_SIZE: Omit<TOptimaSandboxSize, "today"> = {
  seed: 19,
  products: 300,
  warehouses: 3,
  customers: 100,
  documents: 600,
  days: 120,
};

/** Generates a deterministic company for a seed (and today) and writes it; returns rows per table. */
export async function generateOptimaData(
  options: TOptimaSandboxSize & { db: Kysely<TOptimaDatabase> },
): Promise<Record<string, number>> {
  const random = createRandom({ seed: options.seed });
  const rows = emptyRows();
  generateCatalog({ random, rows, ...options });
  generateCustomers({ random, rows, ...options });
  generateDocuments({ random, rows, ...options });
  // Last: the random draws before it, and so the rest of the company, stay as they were.
  generateSettlements({ random, rows, today: options.today });
  return insertRows({ db: options.db, rows });
}
