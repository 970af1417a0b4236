import { z } from "zod";

const ZPoolMax = z.coerce
  .number({ error: "expected a number" })
  .int("expected a whole number")
  .min(1, "at least 1")
  .max(100, "at most 100");

/**
 * Splits the agent's own options off a `postgres://` ERP URL before pg sees the rest:
 * `poolMax` (as in an `mssql://` URL) caps the connections, e.g. `poolMax=1` for an embedded
 * PostgreSQL that serves one connection. Without it pg's default pool size applies.
 */
export function parsePostgresUrl(options: { url: string }): { connectionString: string; max: number | undefined } {
  const url = URL.parse(options.url);
  if (!url) throw new Error("ERP database URL: not a valid URL (expected postgres://user:password@host/database)");
  const poolMax = url.searchParams.get("poolMax");
  if (poolMax === null) return { connectionString: options.url, max: undefined };
  const max = ZPoolMax.safeParse(poolMax);
  if (!max.success) throw new Error(`ERP database URL: poolMax: ${max.error.issues[0]?.message ?? "invalid"}`);
  url.searchParams.delete("poolMax");
  return { connectionString: url.toString(), max: max.data };
}
