import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { createOptimaReads } from "../../../apps/agent/src/erp/optima/optima-reads.ts";
import {
  createOptimaIndexes,
  createOptimaSchema,
} from "../../../apps/agent/src/erp/optima/sandbox/create-optima-schema.ts";
import {
  generateOptimaData,
  SMALL_OPTIMA_SIZE,
} from "../../../apps/agent/src/erp/optima/sandbox/generate-optima-data.ts";
import { openOptimaSandbox } from "../../../apps/agent/src/erp/optima/sandbox/open-optima-sandbox.ts";
import { erpWallClock } from "../../../apps/agent/src/erp/time/erp-clock.ts";
import { createTestDatabase } from "../../support/test-database.ts";

/** The ERP's today (its wall clock at UTC midnight): the sandbox's stock series is dated around it. */
export function erpToday(): Date {
  const wall = erpWallClock(new Date());
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/** A fresh database with a generated Optima sandbox; `drop` closes the pool and drops it. */
export async function createOptimaSandbox() {
  const database = await createTestDatabase("optima_sandbox");
  const db = openOptimaSandbox({ url: database.url });
  const drop = async () => {
    await db.destroy();
    await database.drop();
  };
  try {
    await createOptimaSchema({ db });
    const rows = await generateOptimaData({ db, ...SMALL_OPTIMA_SIZE, today: erpToday() });
    await createOptimaIndexes({ db });
    return { db, url: database.url, rows, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** The reads over a sandbox on a pool of their own: a second one stands for a restarted agent. */
export function openOptimaReads(options: { url: string }) {
  const db = openOptimaSandbox({ url: options.url });
  return { reads: createOptimaReads({ db, helpers: createDialectHelpers({ dialect: "postgres" }) }), db };
}

/** A moment later than any the sandbox wrote: a change made "now" in the ERP. */
export function erpNow(): Date {
  return new Date(erpWallClock(new Date()).getTime() + 1000);
}
