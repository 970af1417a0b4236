import { withTerminalPrompt } from "./terminal-prompt.ts";

/** Builds the connector's URL from what an administrator knows: server\instance, database, login. */
export function mssqlUrlFrom(options: { server: string; database: string; login: string; password: string }): string {
  const [host = "", instance] = options.server.split("\\");
  const url = new URL("mssql://placeholder");
  url.hostname = host || "localhost";
  url.pathname = `/${encodeURIComponent(options.database)}`;
  url.username = encodeURIComponent(options.login);
  url.password = encodeURIComponent(options.password);
  if (instance) url.searchParams.set("instanceName", instance);
  // Subiekt's SQL Server on the same machine or LAN usually has no certificate a client can check.
  url.searchParams.set("encrypt", "false");
  url.searchParams.set("trustServerCertificate", "true");
  return url.toString();
}

/** Asks for the ERP connection in the terminal; the password is not echoed. */
export async function promptErpUrl(): Promise<string> {
  return withTerminalPrompt(async (prompt) => {
    console.log("The ERP connection (Subiekt GT's SQL Server); it is stored encrypted on this server only.");
    const server = await prompt.text("SQL Server (host\\instance)", "localhost\\INSERTGT");
    const database = await prompt.text("Database (the company's, e.g. Firma_Sp_zoo)");
    const login = await prompt.text("SQL login for the agent (not sa)");
    const password = await prompt.secret("Password");
    return mssqlUrlFrom({ server, database, login, password });
  });
}
