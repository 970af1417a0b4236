import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TEnv } from "../../../env-schema.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate-database.ts";

export type TPreparedDatabase = { embedded: boolean; stop: () => Promise<void> };

/**
 * Makes the database ready before any module reads the configuration: starts the embedded
 * PostgreSQL when DATABASE_URL is unset, applies migrations, and completes process.env.
 */
export async function prepareDatabase(options: { env: TEnv }): Promise<TPreparedDatabase> {
  const { env } = options;
  if (env.DATABASE_URL) {
    await migrateDatabase({ url: env.DATABASE_URL });
    return { embedded: false, stop: async () => {} };
  }
  await mkdir(env.DATA_DIR, { recursive: true, mode: 0o700 });
  const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  await migrateDatabase({ url: embedded.url });
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_SIZE = "1";
  process.env.DATABASE_EMBEDDED = "true";
  process.env.AUTH_SECRET ??= await readOrCreateSecret(path.join(env.DATA_DIR, "auth-secret"));
  process.env.SECRETS_KEY ??= await readOrCreateSecret(path.join(env.DATA_DIR, "secrets-key"));
  return { embedded: true, stop: embedded.stop };
}

/** One of the demo's keys, made once and kept beside its data (owner-only). */
async function readOrCreateSecret(file: string): Promise<string> {
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
