import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

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
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    console.log("The ERP connection (Subiekt GT's SQL Server); it is stored encrypted on this server only.");
    const server = (await rl.question("SQL Server (host\\instance) [localhost\\INSERTGT]: ")) || "localhost\\INSERTGT";
    const database = await rl.question("Database (the company's, e.g. Firma_Sp_zoo): ");
    const login = await rl.question("SQL login for the agent (not sa): ");
    process.stdout.write("Password: ");
    muted = true;
    const password = await rl.question("");
    muted = false;
    process.stdout.write("\n");
    return mssqlUrlFrom({ server, database, login, password });
  } finally {
    rl.close();
  }
}
