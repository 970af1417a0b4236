import {
  DEFAULT_CONNECTION,
  MAX_ERP_CONNECTIONS,
  ZConnectionKey,
  ZErpType,
  type TConnectionKey,
  type TErpType,
} from "@erp-bridge/shared";
import { z } from "zod";
import { ZStoredSferaConfig, type TSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { ZStoredSecret } from "../secrets/stored-secret.ts";

const missing = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : `must be ${what}`;

/**
 * One ERP connection as the config file stores it (issue 19: one agent at a site may serve several
 * ERPs, e.g. head office on Subiekt GT and a franchise partner on Comarch ERP Optima). The URL is
 * a secret as the legacy "erpUrl" is (DPAPI-protected on Windows).
 */
export const ZStoredConnection = z.object({
  key: ZConnectionKey,
  erpType: z.enum(ZErpType.options, { error: missing(ZErpType.options.map((type) => `"${type}"`).join(" or ")) }),
  erpUrl: ZStoredSecret,
  /** The Sfera writer: Subiekt GT connections only. */
  sfera: ZStoredSferaConfig.optional(),
});
export type TStoredConnection = z.infer<typeof ZStoredConnection>;

/** A connection with its secrets readable, as the running agent uses it. */
export type TConnectionConfig = {
  key: TConnectionKey;
  erpType: TErpType;
  erpUrl: string;
  sfera?: TSferaConfig;
};

export const ZStoredConnections = z.array(ZStoredConnection).max(MAX_ERP_CONNECTIONS, {
  error: `must list at most ${MAX_ERP_CONNECTIONS} connections`,
});

/**
 * The rules across connections, reported at the field to fix: keys are unique; "default" is the
 * legacy "erpUrl"'s name, so a file may not hold both; Sfera is Subiekt GT's own API.
 */
export function checkConnections(
  config: { erpUrl?: unknown; connections?: TStoredConnection[] },
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  for (const [index, connection] of (config.connections ?? []).entries()) {
    const at = (field: string) => ["connections", index, field];
    if (seen.has(connection.key)) {
      context.addIssue({ code: "custom", path: at("key"), message: `duplicate key "${connection.key}"` });
    }
    seen.add(connection.key);
    if (connection.key === DEFAULT_CONNECTION && config.erpUrl !== undefined) {
      const message = `"${DEFAULT_CONNECTION}" is the connection "erpUrl" already defines: remove "erpUrl" (and "sfera") or name this connection otherwise`;
      context.addIssue({ code: "custom", path: at("key"), message });
    }
    if (connection.sfera !== undefined && connection.erpType !== "subiekt-gt") {
      const message = `only a subiekt-gt connection takes Sfera settings (Sfera is Subiekt GT's API); "${connection.key}" is ${connection.erpType}`;
      context.addIssue({ code: "custom", path: at("sfera"), message });
    }
  }
}

/** Each ERP type's name in the messages people read. */
export const ERP_NAMES: Record<TErpType, string> = { "subiekt-gt": "Subiekt GT", optima: "Comarch ERP Optima" };

/** The config path of an issue as the user reads it: connections[1].key. */
export function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** The connection a command without `connection` targets; undefined when the agent has none. */
export function defaultConnectionOf(config: { connections: TConnectionConfig[] }): TConnectionConfig | undefined {
  return config.connections.find((connection) => connection.key === DEFAULT_CONNECTION);
}
