/**
 * The portal process: prepares the database (embedded when DATABASE_URL is unset), seeds
 * the demo when asked, then serves Next.js on one port. Modules that read the validated
 * configuration are imported only after the database step has completed process.env.
 */
import { loadEnv, publicUrlOf, serverConfigProblem } from "./src/env-schema.ts";
import { prepareDatabase } from "./src/server/platform/database/prepare-database.ts";

const bootEnv = loadEnv();
const problem = serverConfigProblem(bootEnv);
if (problem) {
  console.error(`Invalid configuration: ${problem}`);
  process.exit(1);
}
const database = await prepareDatabase({ env: bootEnv });
process.env.NEXTAUTH_URL ??= publicUrlOf(bootEnv);

const { seedDemo } = await import("./src/server/boot/seed/seed-demo.ts");
const { printDemoCredentials } = await import("./src/server/boot/seed/print-demo-credentials.ts");
if (bootEnv.SEED_DEMO ?? database.embedded) printDemoCredentials(await seedDemo());

const { startPortal } = await import("./src/server/boot/start-portal.ts");
const portal = await startPortal();
console.log(
  `Portal ready at ${portal.url} (${database.embedded ? "embedded database in " + bootEnv.DATA_DIR : "external database"})`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void portal
      .close()
      .then(database.stop)
      .finally(() => process.exit(0));
  });
}
