import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../../../env-schema.ts";

/** The project's WebAssembly schema engine: the CLI would otherwise download a native one. */
export const SCHEMA_ENGINE_BINARY = path.join(REPO_ROOT, "prisma/schema-engine/schema-engine");

/** Applies committed migrations (prisma migrate deploy); idempotent, safe on every start. */
export async function migrateDatabase(options: { url: string }): Promise<void> {
  const cli = path.join(REPO_ROOT, "node_modules/prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: options.url, PRISMA_SCHEMA_ENGINE_BINARY: SCHEMA_ENGINE_BINARY },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output.join("")}`);
}
