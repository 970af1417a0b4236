import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase, dropWithWorkerCopies } from "../support/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated once per run; each worker's files run on their own copy of it (setup-env.ts). */
    templateDatabaseUrl: string;
  }
}

/** One fresh, migrated template database per run; it and the workers' copies are dropped at the end. */
export default async function setup(project: TestProject) {
  const template = await createTestDatabase("erp_bridge_it");
  await migrateDatabase({ url: template.url }).catch(async (error: unknown) => {
    await template.drop();
    throw error;
  });
  project.provide("templateDatabaseUrl", template.url);
  return () => dropWithWorkerCopies(template.url);
}
