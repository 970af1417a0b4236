import {
  ZErpWritesPreflightResult,
  type TErpWritesPreflightInput,
  type TPreflightDocument,
  type TPreflightVerdict,
} from "@erp-bridge/shared";
import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import type { TIntegrationSettings, TWriterDocument } from "../../settings/integration-settings.ts";
import { preflightDocuments } from "./preflight-documents.ts";
import { agentNoAnswer, requireOnlineAgent } from "../integrations/require-online-agent.ts";
import type { TSetupSamples } from "./setup-steps.ts";

/** Seven documents, each written and rolled back: a few seconds on a real server, more behind a slow link. */
const PREFLIGHT_TIMEOUT_MS = 60_000;

/** Which writer setting issues each preflight document. */
const WRITER_OF: Record<TPreflightDocument, TWriterDocument> = {
  customer: "order",
  ZK: "order",
  ZK_reserved: "order",
  MM: "transfer",
  FS: "sale",
  PA: "sale",
  KFS: "return",
};

/**
 * The write preflight through the tunnel: every document the settings will write, written by the
 * agent's SQL writer on the client's database and rolled back. The SQL writer also stands in for
 * documents the settings give to Sfera, which cannot roll back (`throughSql` lists them).
 */
export async function preflightWrites(options: {
  companyId: string;
  agentId: string;
  /** The agent's ERP connection written to (the integration's). */
  connection: string;
  settings: TIntegrationSettings;
  samples: TSetupSamples;
}) {
  const { companyId, agentId, connection, settings } = options;
  const agent = await requireOnlineAgent({ companyId, agentId });
  const documents = preflightDocuments(settings);
  const stores = settings.warehouses.filter((w) => w.role === "store").map((w) => w.erpId);
  const showroom = settings.warehouses.find((w) => w.role === "showroom");
  const code = options.samples.order.code.trim();
  const input: TErpWritesPreflightInput = {
    documents,
    warehouseIds: stores,
    ...(showroom && { transferToWarehouseId: showroom.erpId }),
    // The sample product of step 5 when channels name goods by symbol; else goods in stock.
    ...(settings.productIdentifier === "sku" && code !== "" && { sku: code }),
  };
  const run = await runLiveCommand({
    companyId,
    agentId,
    connection,
    name: "erp.writes.preflight",
    input,
    purpose: "writes-preflight",
    timeoutMs: PREFLIGHT_TIMEOUT_MS,
  });
  if (!run.ok) {
    throw agentNoAnswer(`The agent ${agent.name} could not run the write preflight: ${run.problem}`, {
      name: agent.name,
      detail: run.problem,
    });
  }
  const result = ZErpWritesPreflightResult.parse(run.command.result);
  const throughSql = documents.filter((document) => settings.writers[WRITER_OF[document]] === "sfera");
  return { ...result, throughSql };
}

export type TWritesPreflight = Awaited<ReturnType<typeof preflightWrites>>;

/** A failed preflight refuses the save, naming each refused document and the ERP's message. */
export function requirePreflightPassed(preflight: TWritesPreflight): void {
  const failed = preflight.verdicts.filter((v): v is Extract<TPreflightVerdict, { ok: false }> => !v.ok);
  if (failed.length === 0) return;
  throw invalidInput({
    preflight: failed.map((v) => fieldProblem("preflightRefused", { document: v.document, detail: v.error.message })),
  });
}
