import { randomBytes } from "node:crypto";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { disconnectPortal } from "./disconnect-portal.ts";

/**
 * A bench's two fresh databases: the portal's, migrated, with this process pointed at it (the
 * portal modules it imports later read DATABASE_URL when loaded), and an empty one for the ERP
 * sandbox. `cleanups` closes the portal modules and drops both; run it last.
 */
export async function benchDatabases(name: string) {
  const portalDatabase = await createTestDatabase(`erp_bridge_bench_${name}`);
  const sandboxDatabase = await createTestDatabase(`erp_bench_${name}_sandbox`);
  const cleanups: (() => Promise<unknown>)[] = [disconnectPortal, portalDatabase.drop, sandboxDatabase.drop];
  try {
    await migrateDatabase({ url: portalDatabase.url });
  } catch (error) {
    await portalDatabase.drop();
    await sandboxDatabase.drop();
    throw error;
  }
  Object.assign(process.env, {
    DATABASE_URL: portalDatabase.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
    WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
  });
  return { portalUrl: portalDatabase.url, sandboxUrl: sandboxDatabase.url, cleanups };
}

/**
 * The order benches' ERP: `products` goods over 10 price levels and 5 warehouses, 200 customers and a
 * year of history, generated in the sandbox database (seed 11), indexed as the connector expects.
 */
export async function orderSandbox(options: { url: string; products: number }) {
  const { createSandboxSchema } = await import("../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts");
  const { generateSandboxData } = await import("../../apps/agent/src/erp/subiekt-gt/sandbox/generate-sandbox-data.ts");
  const { createSandboxIndexes } =
    await import("../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-indexes.ts");
  const sandbox = openSandbox({ url: options.url });
  await createSandboxSchema({ db: sandbox });
  await generateSandboxData({
    db: sandbox,
    seed: 11,
    products: options.products,
    priceLevels: 10,
    warehouses: 5,
    customers: 200,
    years: 1,
    documentLines: 2000,
    until: new Date("2026-03-15T00:00:00Z"),
  });
  await createSandboxIndexes({ db: sandbox });
  return sandbox;
}
