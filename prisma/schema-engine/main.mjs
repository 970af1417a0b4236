// Prisma schema engine stand-in: @prisma/schema-engine-wasm driven over @prisma/adapter-pg,
// for PostgreSQL only. The Prisma CLI spawns it through PRISMA_SCHEMA_ENGINE_BINARY pointing at
// ./schema-engine (the sh entry point, which picks the repo's Node 24) with
//   [--datamodels <schema file>]... [--datasource <json {url, shadowDatabaseUrl}>]
//   [--enabled-preview-features a,b] [--extension-types <json>] [cli <command>]
// Without `cli`, it serves JSON-RPC on stdin/stdout (rpc.mjs); with it, runs one command
// (cli-commands.mjs). Exists because the native engine binary cannot be downloaded here.
// Debugging: DEBUG="prisma:schemaEngine*" on the CLI shows our stderr; SCHEMA_ENGINE_LOG_SQL=1 adds
// every statement the engine runs.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createAdapterFactory } from "./adapter.mjs";
import { runCliCommand } from "./cli-commands.mjs";
import { parseUrl, quoteIdent, withClient, withDatabase } from "./connection.mjs";
import { serve } from "./rpc.mjs";
import { createEngine } from "./wasm.mjs";

// Matches the CLI's expected engines hash (`prisma -v` compares it against @prisma/engines-version).
const ENGINE_HASH = "0edf323efd1d98336f3f0a68684b56f689b900d3";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    version: { type: "boolean", short: "V" },
  },
});

if (values.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
  process.exit(0);
}

/** @type {{ url?: string, shadowDatabaseUrl?: string }} */
const datasource = values.datasource ? JSON.parse(String(values.datasource)) : {};

if (positionals[0] === "cli") {
  process.exit(await runCliCommand(String(positionals[1]), datasource));
}

const datamodelPaths = /** @type {string[]} */ (values.datamodels ?? []);
/** @type {[string, string][]} */
const datamodels = await Promise.all(datamodelPaths.map(async (p) => [p, await readFile(p, "utf8")]));
const adapters = createAdapterFactory(datasource);

// Created on first use: `migrate diff --from-empty` must work without any database configured,
// and the engine connects as soon as it is constructed.
let enginePromise;
const engine = () =>
  // The engine's log lines are already the JSON the CLI parses from stderr (it keeps
  // fields.message of ERROR lines for crash reports).
  (enginePromise ??= createEngine(datamodels, adapters.bound, (line) =>
    process.stderr.write(`${String(line).trimEnd()}\n`),
  ));

// The CLI stops us with stdin EOF followed immediately by SIGTERM: clean up shadows, then exit.
const shutdown = async () => {
  await adapters.dropShadowDatabases();
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

await serve({
  engine,
  afterEach: () => adapters.dropShadowDatabases(),
  errorRegistry: adapters.bound.errorRegistry,
  custom: {
    // Not in the wasm API: the native engine creates the database named in the URL.
    async createDatabase(/** @type {any} */ { datasource: param }) {
      const url = param?.tag === "ConnectionString" ? param.url : datasource.url;
      const { connectionString, database } = parseUrl(url ?? "");
      await withClient(withDatabase(connectionString, "postgres"), (c) =>
        c.query(`CREATE DATABASE ${quoteIdent(database)}`),
      );
      return { databaseName: database };
    },
  },
});
await shutdown();
