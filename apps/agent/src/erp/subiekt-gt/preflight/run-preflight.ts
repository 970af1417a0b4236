import {
  type TErpWritesPreflightResult,
  type TPreflightDocument,
  type TPreflightVerdict,
  type ZErpWritesPreflightInput,
} from "@erp-bridge/shared";
import type { z } from "zod";
import { CommandError } from "../../../errors/command-error.ts";
import type { TWriteDb } from "../writes/run-write.ts";
import { toCommandError } from "../writes/to-command-error.ts";
import { chooseSample, type TPreflightSample } from "./choose-sample.ts";
import { preflightRunId, writePreflightDocument, type TOrderSample } from "./write-preflight-document.ts";

/** Thrown only to roll a preflight document back once it is written. */
class PreflightRollback extends Error {}

/**
 * The write preflight (issue 13.6): each asked document written by the SQL writer in a transaction
 * of its own that is then rolled back whole, ids reserved from ins_ident included, so the client's
 * database keeps nothing (its id counters and number series too). Documents are tried one after
 * another: each holds Subiekt's id counters and our documents lock for its second or so.
 */
export async function runPreflight(options: {
  erp: TWriteDb;
  input: z.output<typeof ZErpWritesPreflightInput>;
}): Promise<TErpWritesPreflightResult> {
  const { erp, input } = options;
  const sample = await chooseSample(erp, input);
  const run = preflightRunId();
  const verdicts: TPreflightVerdict[] = [];
  for (const document of input.documents) {
    verdicts.push(await verdictOf({ erp, document, sample, run }));
  }
  return { verdicts, sample };
}

async function verdictOf(options: {
  erp: TWriteDb;
  document: TPreflightDocument;
  sample: TPreflightSample;
  run: string;
}): Promise<TPreflightVerdict> {
  const { document, sample } = options;
  try {
    const orderSample = document === "customer" ? placeholderSample : requireSample(sample);
    const written = await inRolledBackTransaction(options.erp, (erp) =>
      writePreflightDocument({ erp, document, sample: orderSample, run: options.run }),
    );
    return { document, ok: true, written };
  } catch (error) {
    const failed = toCommandError(error);
    if (!(failed instanceof CommandError)) throw failed;
    return { document, ok: false, error: { code: failed.code, message: failed.message } };
  }
}

/** The customer alone needs no product nor warehouse. */
const placeholderSample: TOrderSample = { sku: "", warehouseId: 0, transferToWarehouseId: null };

function requireSample(sample: TPreflightSample): TOrderSample {
  if (sample.warehouseId === null) {
    throw new CommandError({ code: "ERP_REFUSED", message: "warehouseIds: the ERP has no warehouse" });
  }
  if (sample.sku === null) {
    throw new CommandError({
      code: "ERP_REFUSED",
      message: `sku: no goods in stock in warehouse ${sample.warehouseId} to order; name a product to try`,
    });
  }
  return { sku: sample.sku, warehouseId: sample.warehouseId, transferToWarehouseId: sample.transferToWarehouseId };
}

/** Runs `work` with writes joined to one transaction, then rolls it back, keeping what `work` returned. */
async function inRolledBackTransaction<T>(erp: TWriteDb, work: (erp: TWriteDb) => Promise<T>): Promise<T> {
  let outcome: { value: T } | undefined;
  try {
    await erp.db.transaction().execute(async (tx) => {
      outcome = { value: await work({ ...erp, enclosing: tx }) };
      throw new PreflightRollback("preflight: rolled back");
    });
  } catch (error) {
    if (error instanceof PreflightRollback && outcome) return outcome.value;
    throw error;
  }
  throw new Error("preflight transaction ended without rolling back");
}
