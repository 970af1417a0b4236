import { randomBytes } from "node:crypto";
import pg from "pg";

/** The server tests create their databases on; CI and sessions run one at 127.0.0.1:5432. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Creates an empty database with a random name; returns its URL and a function that drops it. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => dropDatabase(name),
  };
}

/**
 * The database of one test worker: a copy of the migrated template, made by the worker's first
 * file and kept for the run (the worker's later files run one after another on it, as files did
 * on the one database when they ran one at a time). Workers run side by side, each on its own.
 */
export async function workerDatabase(options: { templateUrl: string; workerId: string }): Promise<string> {
  const url = new URL(options.templateUrl);
  const template = url.pathname.slice(1);
  const name = `${template}_w${options.workerId}`;
  await withAdmin(async (client) => {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return;
    // The template refuses copies while a connection to it is still closing (the migration's).
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 50 || !(error instanceof Error && "code" in error && error.code === "55006")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the workers' copies of a template (see workerDatabase), then the template. */
export async function dropWithWorkerCopies(templateUrl: string): Promise<void> {
  const template = new URL(templateUrl).pathname.slice(1);
  const { rows } = await withAdmin((client) =>
    client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname ~ $1", [`^${template}_w[0-9]+$`]),
  );
  await Promise.all(rows.map((row) => dropDatabase(row.datname)));
  await dropDatabase(template);
}

/**
 * Drops a database once its connections have gone. Pools closing in this process still say
 * goodbye for a moment; forcing them off then would surface as an error on a client that is
 * ending, so force is the last resort (for connections of processes that died).
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
      return;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "55006")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
