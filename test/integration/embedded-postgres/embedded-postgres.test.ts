import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../../apps/portal/src/server/platform/database/embedded-postgres.ts";

async function show(url: string, setting: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<Record<string, string>>(`show ${setting}`);
    return result.rows[0]?.[setting] ?? "";
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL (PGlite)", () => {
  it("runs with a small buffer cache from its first start on, and keeps the setting once across restarts", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-pglite-"));
    try {
      for (let start = 0; start < 2; start++) {
        const embedded = await startEmbeddedPostgres({ dataDir });
        try {
          expect(await show(embedded.url, "shared_buffers")).toBe("16MB");
        } finally {
          await embedded.stop();
        }
      }
      const conf = await readFile(path.join(dataDir, "pglite", "postgresql.auto.conf"), "utf8");
      expect(conf.match(/^shared_buffers = /gm)).toHaveLength(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
