import { ZSferaConfig, type TSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { parseMssqlUrl } from "../erp/sql/parse-mssql-url.ts";
import type { TPrompt } from "./terminal-prompt.ts";

/**
 * The Sfera writer's login for `install --sfera`: Subiekt's SQL Server and database (offered from the
 * ERP URL), the SQL login Subiekt itself uses, and the dedicated Subiekt operator the bridge logs in
 * as. Passwords are typed, never taken from the command line (it shows in the process list), so
 * --sfera needs a terminal. Without --sfera the settings already in the config are kept as they are.
 */
export async function sferaSettings(options: {
  wanted: boolean;
  interactive: boolean;
  previous: TSferaConfig | undefined;
  erpUrl: string;
  ask: <T>(questions: (prompt: TPrompt) => Promise<T>) => Promise<T>;
}): Promise<{ ok: true; sfera: TSferaConfig | undefined } | { ok: false; line: string }> {
  const { previous } = options;
  if (!options.wanted) return { ok: true, sfera: previous };
  if (!options.interactive) {
    return { ok: false, line: "--sfera: asks for the Subiekt operator's password; run install in a terminal" };
  }
  const fromUrl = subiektServer(options.erpUrl);
  const answers = await options.ask(async (prompt) => {
    console.log("The Sfera writer: Subiekt issues the documents itself, as the operator below (stored encrypted).");
    const server = await prompt.text("Subiekt's SQL Server (host\\instance)", previous?.server ?? fromUrl?.server);
    const database = await prompt.text("Subiekt's database", previous?.database ?? fromUrl?.database);
    const sqlUser = await prompt.text("The SQL login Subiekt uses", previous?.sqlUser ?? "sa");
    const sqlPassword = await prompt.secret("Its password");
    const operator = await prompt.text("Subiekt operator for the agent (a dedicated one)", previous?.operator);
    const operatorPassword = await prompt.secret("The operator's password (Enter if it has none)");
    return { server, database, sqlUser, sqlPassword, operator, operatorPassword };
  });
  // What install does not ask (fiscal printer, bridge path, timeout) stays as it was set.
  const parsed = ZSferaConfig.safeParse({ ...previous, ...answers });
  if (parsed.success) return { ok: true, sfera: parsed.data };
  const issue = parsed.error.issues[0];
  const empty = (issue?.path ?? []).some((key) => answers[key as keyof typeof answers] === "");
  return { ok: false, line: `sfera.${issue?.path.join(".")}: ${empty ? "is missing" : (issue?.message ?? "invalid")}` };
}

/** server\instance and database as Subiekt names them, read from an mssql:// ERP URL. */
function subiektServer(erpUrl: string): { server: string; database: string } | undefined {
  if (!/^(mssql|sqlserver):/.test(erpUrl)) return undefined;
  try {
    const parsed = parseMssqlUrl({ url: erpUrl });
    const instance = parsed.options?.instanceName;
    const server = instance ? `${parsed.server}\\${instance}` : parsed.server;
    return parsed.database ? { server, database: parsed.database } : undefined;
  } catch {
    return undefined;
  }
}
