import type { TSferaHealth } from "@erp-bridge/shared";
import type { TLogger } from "../../../../log.ts";
import type { TErpConnector } from "../../../erp-connector.ts";
import { createDialectHelpers } from "../../../sql/dialect-helpers.ts";
import type { TWriteDb } from "../../writes/run-write.ts";
import { ZSessionLogin } from "../bridge-calls.ts";
import { findDocumentByKey } from "../find-document-by-key.ts";
import { sampleSymbols } from "../sample-symbols.ts";
import { checkSferaSession } from "../sfera-check.ts";
import { defaultBridgePath, type TSferaConfig } from "../sfera-config.ts";
import { SferaSupervisor } from "../sfera-supervisor.ts";
import { createSferaWriter } from "./sfera-writer.ts";

/**
 * The connector's Sfera side: the supervisor is started at once, so Subiekt's cold start (up to
 * ~90 s) runs while the agent connects rather than under the first write, and its health goes with
 * every ERP status the agent reports.
 */
export function createSferaLink(options: {
  config: TSferaConfig;
  erp: TWriteDb;
  log: TLogger;
}): NonNullable<TErpConnector["sfera"]> {
  const { config, erp } = options;
  const h = createDialectHelpers({ dialect: erp.dialect });
  const supervisor = new SferaSupervisor({
    bridge: { command: config.bridgePath ?? defaultBridgePath(), args: config.bridgeArgs ?? [] },
    login: ZSessionLogin.parse(config),
    findByKey: (lookup) => findDocumentByKey({ db: erp.db, h, lookup }),
    log: options.log,
    timings: config.callTimeoutMs === undefined ? {} : { callTimeoutMs: config.callTimeoutMs },
  });
  supervisor.start();
  return {
    writer: createSferaWriter({ supervisor, erp, fiscalPrinterId: config.fiscalPrinterId }),
    health: async (): Promise<TSferaHealth> => {
      const health = await supervisor.health();
      const lastError = health.lastError && { ...health.lastError, message: health.lastError.message.slice(0, 2000) };
      return { ...health, lastError };
    },
    check: async () => {
      const sample = await sampleSymbols({ db: erp.db, h });
      if (!sample)
        return { ok: false, lines: ["The ERP database has no product or no customer to read through Sfera"] };
      return checkSferaSession({ supervisor, sample });
    },
    stop: () => supervisor.stop(),
  };
}
