import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type TEmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PGlite runs PostgreSQL inside this process, and its WebAssembly memory only grows: a buffer
 * cache of PostgreSQL's default 128 MB ends up resident once the demo's data has passed through
 * it. 16 MB keeps the process about 110 MB smaller (npm run bench:demo); the files stay in the
 * operating system's page cache anyway. Set in the data directory's postgresql.auto.conf, the
 * file ALTER SYSTEM writes, which PostgreSQL reads at start.
 */
const SETTINGS = { shared_buffers: "16MB" };

/**
 * PostgreSQL compiled to WebAssembly, served on a loopback port so Prisma and the CLI reach
 * it like any server. It runs one query at a time: clients must use exactly one connection.
 * Its files are in `dataDir/name`: the portal's in `pglite`, the demo agent's ERP in `demo-erp`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  name?: string;
  /** Offers the citext extension (the ERP sandbox's case-insensitive text, as in Subiekt's collation). */
  citext?: boolean;
}): Promise<TEmbeddedPostgres> {
  const dir = path.join(options.dataDir, options.name ?? "pglite");
  await mkdir(dir, { recursive: true });
  const initialized = await access(path.join(dir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
  // A new directory is created (initdb) once with the defaults, then opened with the settings.
  if (!initialized) await (await PGlite.create({ dataDir: dir })).close();
  await writeSettings(dir);
  const db = await PGlite.create({ dataDir: dir, ...(options.citext && { extensions: { citext } }) });
  const port = await findFreePort();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Our settings in postgresql.auto.conf, once each, after what PostgreSQL or ALTER SYSTEM wrote there. */
async function writeSettings(dir: string): Promise<void> {
  const file = path.join(dir, "postgresql.auto.conf");
  const kept = (await readFile(file, "utf8").catch(() => ""))
    .split("\n")
    .filter((line) => line !== "" && !Object.keys(SETTINGS).some((name) => line.startsWith(`${name} =`)));
  const ours = Object.entries(SETTINGS).map(([name, value]) => `${name} = '${value}'`);
  await writeFile(file, [...kept, ...ours, ""].join("\n"));
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
