/**
 * The embedded demo's first seed, run by server.ts in a process of its own before the portal
 * opens the database: PGlite's WebAssembly memory only grows, and writing two years of demo
 * sales grows it by some 380 MB (npm run bench:demo) that the long-running portal would otherwise keep.
 */
import { loadEnv } from "./src/env-schema.ts";
import { prepareDatabase } from "./src/server/platform/database/prepare-database.ts";

const database = await prepareDatabase({ env: loadEnv() });
const { seedDemo } = await import("./src/server/boot/seed/seed-demo.ts");
const { printDemoCredentials } = await import("./src/server/boot/seed/print-demo-credentials.ts");
const { getDb } = await import("./src/server/platform/database/db.ts");
printDemoCredentials(await seedDemo());
await getDb().$disconnect();
await database.stop();
process.exit(0);
