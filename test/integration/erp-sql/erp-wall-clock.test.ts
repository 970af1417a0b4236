import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import { erpWallClock } from "../../../apps/agent/src/erp/time/erp-clock.ts";
import { targets } from "./erp-sql-fixture.ts";

/**
 * Subiekt's datetimes are Warsaw wall clock without a zone. Written and read back through the
 * agent's own drivers, a wall-clock value must come back unchanged on both paths, whatever the
 * agent host's time zone: even 02:30 on the spring-forward night, which does not exist as a
 * Warsaw instant. The process runs in Warsaw's zone here, as an agent at a client does (a UTC
 * CI machine would hide a driver that sends local time).
 */
let hostZone: string | undefined;
beforeAll(() => {
  hostZone = process.env.TZ;
  process.env.TZ = "Europe/Warsaw";
});
afterAll(() => {
  if (hostZone === undefined) delete process.env.TZ;
  else process.env.TZ = hostZone;
});
const WALL_CLOCKS = [
  erpWallClock(new Date("2026-03-29T00:59:59Z")), // 01:59:59 CET, the second before the change
  new Date("2026-03-29T02:30:00Z"), // skipped in Warsaw: a host in Warsaw would shift it
  erpWallClock(new Date("2026-10-25T01:30:00Z")), // 02:30 CET, the hour that happens twice
  erpWallClock(new Date("2026-12-05T23:30:00Z")), // 00:30 on 6 December
];

describe.each(targets)("ERP datetimes on $name", (target) => {
  it.skipIf(target.skip)("a wall-clock value round-trips unchanged through a datetime", async () => {
    const database = await target.open();
    const erp = createErpDb<Record<string, never>>({ url: database.url });
    try {
      for (const wall of WALL_CLOCKS) {
        const cast = target.name === "mssql" ? sql`cast(${wall} as datetime)` : sql`${wall}::timestamp`;
        const { rows } = await sql<{ t: Date }>`select ${cast} as t`.execute(erp.db);
        expect(rows[0]?.t.toISOString()).toBe(wall.toISOString());
      }
    } finally {
      await erp.close();
      await database.drop();
    }
  });
});
