import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type TEmbeddedPostgres = { url: string; stop: () => Promise<void> };

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
