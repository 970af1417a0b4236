import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per run, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("erp_bridge_it");
  await migrateDatabase({ url: database.url }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  project.provide("databaseUrl", database.url);
  return database.drop;
}
