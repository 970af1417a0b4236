import { PREFLIGHT_DOCUMENTS, type TErpWritesPreflightResult, type TPreflightVerdict } from "@erp-bridge/shared";
import { createErpDb } from "../erp/sql/create-erp-db.ts";
import { runPreflight } from "../erp/subiekt-gt/preflight/run-preflight.ts";
import type { TSubiektDatabase } from "../erp/subiekt-gt/schema/database.ts";
import { errorMessage } from "../log.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * `agent doctor --writes`: the write preflight on the ERP the agent is configured for, every
 * document type, each written by the SQL writer in a transaction that is rolled back. Exit 0 only
 * when the ERP took every one.
 */
export async function doctorWrites(options: { erpUrl: string }): Promise<number> {
  let erp;
  try {
    erp = createErpDb<TSubiektDatabase>({ url: options.erpUrl });
  } catch (error) {
    console.error(`ERP URL: ${errorMessage(error)}`);
    return EXIT.FAILURE;
  }
  try {
    const result = await runPreflight({ erp, input: { documents: [...PREFLIGHT_DOCUMENTS], warehouseIds: [] } });
    console.log(formatPreflight(result));
    return result.verdicts.every((verdict) => verdict.ok) ? EXIT.OK : EXIT.FAILURE;
  } catch (error) {
    console.error(`Write preflight could not run: ${errorMessage(error)}`);
    return EXIT.FAILURE;
  } finally {
    await erp.close();
  }
}

export function formatPreflight(result: TErpWritesPreflightResult): string {
  const { sample } = result;
  const lines = [
    "Write preflight: each document written by the agent's SQL writer, then rolled back (nothing stays in the ERP)",
    `Sample: product ${sample.sku ?? "none"}, warehouse ${sample.warehouseId ?? "none"}, MM to warehouse ${sample.transferToWarehouseId ?? "none"}`,
    ...result.verdicts.map(verdictLine),
    result.verdicts.every((verdict) => verdict.ok)
      ? "Verdict: the ERP accepts every write"
      : "Verdict: the ERP REFUSES some writes (see FAIL above)",
  ];
  return lines.join("\n");
}

function verdictLine(verdict: TPreflightVerdict): string {
  const name = verdict.document.padEnd(12);
  if (!verdict.ok) return `FAIL  ${name}${verdict.error.code}: ${verdict.error.message}`;
  const { written } = verdict;
  if (verdict.document === "customer") return `OK    ${name}would be customer ${written.number}`;
  const where = written.warehouseId === null ? "" : `, warehouse ${written.warehouseId}`;
  return `OK    ${name}would be ${written.number}, ${written.lines} line(s), customer ${written.customer ?? "none"}${where}`;
}
