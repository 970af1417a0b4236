// Drives the real Prisma CLI against the real PostgreSQL with PRISMA_SCHEMA_ENGINE_BINARY set to
// ./schema-engine, in a throwaway project directory and a throwaway database.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const engineBinary = path.join(here, "schema-engine");
const prismaCli = path.resolve(here, "../../node_modules/prisma/build/index.js");
const server = "postgres://postgres@127.0.0.1:5432";
const database = `schema_engine_test_${randomBytes(5).toString("hex")}`;
const databaseUrl = `${server}/${database}`;

// No `import "prisma/config"`: the temp directory has no node_modules to resolve it from.
const config = `export default {
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
};
`;
const widgetSchema = `datasource db {
  provider = "postgresql"
}

enum Colour {
  RED
  BLUE
}

model Widget {
  id     Int    @id @default(autoincrement())
  name   String @unique
  colour Colour
  parts  Part[]
}

model Part {
  id       Int    @id
  widgetId Int
  widget   Widget @relation(fields: [widgetId], references: [id], onDelete: Cascade)
}
`;
const gadgetModel = `
model Gadget {
  id    String @id @db.Uuid
  label String
}
`;

let projectDir: string;

async function query(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs the Prisma CLI in the temp project; resolves with its output even when it fails. */
async function prisma(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [prismaCli, ...args], {
      cwd: projectDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_SCHEMA_ENGINE_BINARY: engineBinary },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}

beforeAll(async () => {
  projectDir = await mkdtemp(path.join(tmpdir(), "schema-engine-test-"));
  await mkdir(path.join(projectDir, "prisma", "migrations"), { recursive: true });
  await writeFile(path.join(projectDir, "prisma.config.ts"), config);
  await writeFile(path.join(projectDir, "prisma", "schema.prisma"), widgetSchema);
  await query(`${server}/postgres`, `CREATE DATABASE "${database}"`);
});

afterAll(async () => {
  await query(`${server}/postgres`, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

describe("wasm schema engine behind the Prisma CLI", () => {
  let initialSql = "";

  it("migrate diff prints the SQL from an empty database to a schema", async () => {
    const result = await prisma("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('CREATE TYPE "Colour" AS ENUM');
    expect(result.stdout).toContain('CREATE TABLE "Widget"');
    expect(result.stdout).toContain('FOREIGN KEY ("widgetId")');
    initialSql = result.stdout.slice(result.stdout.indexOf("--"));
  });

  it("migrate deploy applies a migrations folder, then finds nothing pending", async () => {
    const dir = path.join(projectDir, "prisma", "migrations", "20240101000000_init");
    await mkdir(dir);
    // A $$ body with inner semicolons: the script must reach PostgreSQL unsplit.
    const plpgsql = "DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;\n";
    await writeFile(path.join(dir, "migration.sql"), initialSql + plpgsql);
    await writeFile(path.join(projectDir, "prisma", "migrations", "migration_lock.toml"), 'provider = "postgresql"\n');

    const first = await prisma("migrate", "deploy");
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("20240101000000_init");
    const applied = await query(
      databaseUrl,
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
    );
    expect(applied).toEqual([{ migration_name: "20240101000000_init" }]);

    const second = await prisma("migrate", "deploy");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("No pending migrations");
  });

  it("migrate dev creates and applies a migration through a dropped shadow database", async () => {
    await writeFile(path.join(projectDir, "prisma", "schema.prisma"), widgetSchema + gadgetModel);
    const result = await prisma("migrate", "dev", "--name", "add_gadget");
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const migrations = await readdir(path.join(projectDir, "prisma", "migrations"));
    const created = migrations.find((name) => name.endsWith("_add_gadget"));
    expect(created).toBeDefined();
    const sql = await readFile(path.join(projectDir, "prisma", "migrations", created!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Gadget"');
    expect(sql).not.toContain('CREATE TABLE "Widget"'); // the shadow replay saw the first migration

    const leftovers = await query(`${server}/postgres`, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${database}\\_shadow\\_%`,
    ]);
    expect(leftovers).toEqual([]);

    const status = await prisma("migrate", "status");
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");
  });
});
