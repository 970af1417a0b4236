import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { workerDatabase } from "../support/test-database.ts";

// Runs before each test file imports the portal, whose env module reads these once.
// Files run side by side in several workers; each worker has a database of its own (VITEST_POOL_ID
// is the worker's slot, 1..maxWorkers), so a file never meets another running file's rows.
process.env.DATABASE_URL = await workerDatabase({
  templateUrl: inject("templateDatabaseUrl"),
  workerId: process.env.VITEST_POOL_ID ?? "1",
});
process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
// Test receivers listen on loopback, which webhooks may reach only when the operator allows it.
process.env.WEBHOOK_ALLOWED_HOSTS ??= "127.0.0.1,localhost";
process.env.DATABASE_POOL_SIZE = "4";
