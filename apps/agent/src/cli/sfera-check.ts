import { createErpDb } from "../erp/sql/create-erp-db.ts";
import { createDialectHelpers } from "../erp/sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../erp/subiekt-gt/schema/database.ts";
import { ZSessionLogin } from "../erp/subiekt-gt/sfera/bridge-calls.ts";
import { findDocumentByKey } from "../erp/subiekt-gt/sfera/find-document-by-key.ts";
import { sampleSymbols } from "../erp/subiekt-gt/sfera/sample-symbols.ts";
import { runSferaCheck } from "../erp/subiekt-gt/sfera/sfera-check.ts";
import { defaultBridgePath } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { readSferaTargets, type TSferaTarget } from "../erp/subiekt-gt/sfera/sfera-targets.ts";
import { SferaSupervisor } from "../erp/subiekt-gt/sfera/sfera-supervisor.ts";
import { createLogger } from "../log.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * `agent sfera-check [--connection KEY]`: on the Windows server, opens a Sfera session as the
 * configured operator and reads the first product and customer the ERP database holds, through
 * Sfera; saves nothing. Without --connection it checks each Subiekt GT connection with Sfera
 * settings in turn (sfera-targets.ts); the config is read first, so a wrong --connection is named
 * on any system.
 */
export async function sferaCheck(options: {
  configPath: string;
  envErpUrl: string | undefined;
  connection?: string;
}): Promise<number> {
  const chosen = await readSferaTargets(options);
  if (!chosen.ok) return fail(chosen.line);
  if (process.platform !== "win32") {
    return fail(
      "Sfera needs Windows: Subiekt GT and its Sfera COM API run only on the Windows server where Subiekt is installed. Run `agent sfera-check` there.",
    );
  }
  const several = chosen.targets.length + chosen.notChecked.length > 1;
  let ok = true;
  for (const target of chosen.targets) {
    if (several) console.log(`connection "${target.key}":`);
    ok = (await checkConnection(target)) && ok;
  }
  for (const line of chosen.notChecked) console.log(line);
  return ok ? EXIT.OK : EXIT.FAILURE;
}

async function checkConnection(target: TSferaTarget): Promise<boolean> {
  if (!target.erpUrl) {
    console.error(
      `No ERP URL for connection "${target.key}": the check reads its sample product and customer over SQL`,
    );
    return false;
  }
  const erp = createErpDb<TSubiektDatabase>({ url: target.erpUrl });
  const h = createDialectHelpers({ dialect: erp.dialect });
  try {
    const sample = await sampleSymbols({ db: erp.db, h });
    if (!sample) {
      console.error("The ERP database has no product or no customer to read through Sfera");
      return false;
    }
    const supervisor = new SferaSupervisor({
      bridge: { command: target.sfera.bridgePath ?? defaultBridgePath(), args: [] },
      login: ZSessionLogin.parse(target.sfera),
      findByKey: (lookup) => findDocumentByKey({ db: erp.db, h, lookup }),
      // The bridge's own log goes to the console only when something is wrong; the report says what.
      log: createLogger({ level: "warn", write: (line) => process.stderr.write(line) }),
    });
    const report = await runSferaCheck({ supervisor, sample });
    console.log(report.lines.join("\n"));
    return report.ok;
  } finally {
    await erp.close();
  }
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
