import { DEFAULT_CONNECTION, ZConnectionKey, ZErpType, type TErpType } from "@erp-bridge/shared";
import type { TStoredConnection } from "../config/erp-connections.ts";

/** What `install` sets up: the default connection ("erpUrl", Subiekt GT) or another one of the file's `connections`. */
export type TInstallTarget = { kind: "default" } | { kind: "connection"; key: string; erpType: TErpType };

/**
 * `install --connection KEY [--erp-type TYPE]` (issue 19): checks the options, naming the one to
 * fix. The type defaults to the connection's type in the config, else Subiekt GT. Sfera's login is
 * asked for the default connection only (it is Subiekt GT's, and install asks it in a terminal).
 */
export function parseInstallTarget(options: {
  connection: string | undefined;
  erpType: string | undefined;
  sfera: boolean;
  previous: readonly { key: string; erpType: TErpType }[];
}): { ok: true; target: TInstallTarget } | { ok: false; line: string } {
  const type = options.erpType === undefined ? undefined : ZErpType.safeParse(options.erpType);
  if (type && !type.success) {
    return { ok: false, line: `--erp-type: must be ${ZErpType.options.join(" or ")}, got ${options.erpType}` };
  }
  if (options.connection === undefined || options.connection === DEFAULT_CONNECTION) {
    if (type?.data && type.data !== "subiekt-gt") {
      return {
        ok: false,
        line: `--erp-type: the default connection ("erpUrl") is Subiekt GT; give another connection a name with --connection`,
      };
    }
    return { ok: true, target: { kind: "default" } };
  }
  const key = ZConnectionKey.safeParse(options.connection);
  if (!key.success) return { ok: false, line: `--connection: ${key.error.issues[0]?.message ?? "invalid"}` };
  if (options.sfera) {
    return {
      ok: false,
      line: `--sfera: install asks for the default connection's Sfera login only; put "sfera" under connection "${key.data}" in the config file by hand`,
    };
  }
  const listed = options.previous.find((c) => c.key === key.data)?.erpType;
  const erpType = type?.data ?? listed ?? "subiekt-gt";
  // Another type under a key in use would turn the integration bound to it to another ERP's data.
  if (listed && listed !== erpType) {
    const line = `--erp-type: connection "${key.data}" is already ${listed} in the config; give the ${erpType} connection another --connection name`;
    return { ok: false, line };
  }
  return { ok: true, target: { kind: "connection", key: key.data, erpType } };
}

/**
 * The file's connections with this one added, or updating the one of the same key in its place
 * (what install does not set, its Sfera settings, kept).
 */
export function withConnection(kept: readonly TStoredConnection[], connection: TStoredConnection): TStoredConnection[] {
  const at = kept.findIndex((c) => c.key === connection.key);
  return at === -1 ? [...kept, connection] : kept.map((c, index) => (index === at ? { ...c, ...connection } : c));
}
