import { createErpDb } from "../erp/sql/create-erp-db.ts";
import { createDialectHelpers } from "../erp/sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../erp/subiekt-gt/schema/database.ts";
import { ZSessionLogin } from "../erp/subiekt-gt/sfera/bridge-calls.ts";
import { findDocumentByKey } from "../erp/subiekt-gt/sfera/find-document-by-key.ts";
import { sampleSymbols } from "../erp/subiekt-gt/sfera/sample-symbols.ts";
import { runSferaCheck } from "../erp/subiekt-gt/sfera/sfera-check.ts";
import { defaultBridgePath, readSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { SferaSupervisor } from "../erp/subiekt-gt/sfera/sfera-supervisor.ts";
import { createLogger } from "../log.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * `agent sfera-check`: on the Windows server, opens a Sfera session as the configured operator and
 * reads the first product and customer the ERP database holds, through Sfera; saves nothing.
 */
export async function sferaCheck(options: { configPath: string; envErpUrl: string | undefined }): Promise<number> {
  if (process.platform !== "win32") {
    console.error(
      "Sfera needs Windows: Subiekt GT and its Sfera COM API run only on the Windows server where Subiekt is installed. Run `agent sfera-check` there.",
    );
    return EXIT.FAILURE;
  }
  const config = await readSferaConfig({ configPath: options.configPath });
  if (!config.ok) return fail(config.line);
  const erpUrl = options.envErpUrl ?? config.erpUrl;
  if (!erpUrl)
    return fail(
      `No ERP URL: the check reads its sample product and customer over SQL; set "erpUrl" in ${options.configPath}`,
    );
  const erp = createErpDb<TSubiektDatabase>({ url: erpUrl });
  const h = createDialectHelpers({ dialect: erp.dialect });
  try {
    const sample = await sampleSymbols({ db: erp.db, h });
    if (!sample) return fail("The ERP database has no product or no customer to read through Sfera");
    const supervisor = new SferaSupervisor({
      bridge: { command: config.sfera.bridgePath ?? defaultBridgePath(), args: [] },
      login: ZSessionLogin.parse(config.sfera),
      findByKey: (lookup) => findDocumentByKey({ db: erp.db, h, lookup }),
      // The bridge's own log goes to the console only when something is wrong; the report says what.
      log: createLogger({ level: "warn", write: (line) => process.stderr.write(line) }),
    });
    const report = await runSferaCheck({ supervisor, sample });
    console.log(report.lines.join("\n"));
    return report.ok ? EXIT.OK : EXIT.FAILURE;
  } finally {
    await erp.close();
  }
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
