import { sql, type Kysely } from "kysely";
import { createSandboxIndexes } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-indexes.ts";
import { createSandboxSchema } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts";
import {
  generateSandboxData,
  type TSandboxSize,
} from "../../../apps/agent/src/erp/subiekt-gt/sandbox/generate-sandbox-data.ts";
import { openSandbox } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { SMALL_SANDBOX_SIZE } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/small-sandbox.ts";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { createTestDatabase } from "../../support/test-database.ts";

export const SMALL_SANDBOX: TSandboxSize = { ...SMALL_SANDBOX_SIZE, until: new Date("2026-03-15T00:00:00Z") };

/** A fresh database of its own with a generated sandbox; `drop` closes the pool and drops it. */
export async function createSandbox(options: { size: TSandboxSize }) {
  const database = await createTestDatabase("erp_sandbox");
  const db = openSandbox({ url: database.url });
  const drop = async () => {
    await db.destroy();
    await database.drop();
  };
  try {
    await createSandboxSchema({ db });
    const rows = await generateSandboxData({ db, ...options.size });
    await createSandboxIndexes({ db });
    return { db, url: database.url, rows, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** A digest of a table's rows, to compare two databases. */
export async function tableDigest(options: { db: Kysely<TSubiektDatabase>; table: string }): Promise<string> {
  const result = await sql<{ digest: string | null }>`
    select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(options.table)} t`.execute(
    options.db,
  );
  return result.rows[0]?.digest ?? "";
}
