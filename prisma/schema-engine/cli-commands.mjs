// The one-shot `schema-engine --datasource <json> cli <command>` mode. The Prisma CLI runs it
// before migrate dev/deploy/reset (can-connect-to-database, then create-database on P1003). On
// failure it parses stderr as JSON log lines, skipping the first line, and reads
// fields.error_code/fields.message of the ERROR line from target "schema_engine::logger".
import { parseUrl, quoteIdent, toPrismaError, withClient, withDatabase } from "./connection.mjs";

/** One stderr line in the native engine's log format. @param {string} level @param {object} fields */
const logLine = (level, fields) =>
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n",
  );

/**
 * @param {string} command
 * @param {{ url?: string }} datasource
 * @returns {Promise<number>} process exit code
 */
export async function runCliCommand(command, datasource) {
  logLine("INFO", { message: `Starting schema engine CLI command ${command}` });
  let target = { database: "?", host: "?" };
  try {
    target = parseUrl(datasource.url ?? "");
    const { connectionString, database } = target;
    // CREATE/DROP DATABASE must run from another database on the same server.
    const maintenance = withDatabase(connectionString, database === "postgres" ? "template1" : "postgres");
    switch (command) {
      case "can-connect-to-database":
        await withClient(connectionString, (c) => c.query("SELECT 1"));
        break;
      case "create-database":
        await withClient(maintenance, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
        process.stdout.write(`Database '${database}' was successfully created.\n`);
        break;
      case "drop-database":
        await withClient(maintenance, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
        process.stdout.write(`The database '${database}' was successfully dropped.\n`);
        break;
      default:
        throw new Error(`Unknown cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    const { code, message } = toPrismaError(error, target);
    logLine("ERROR", { is_panic: false, error_code: code, message });
    return 1;
  }
}
