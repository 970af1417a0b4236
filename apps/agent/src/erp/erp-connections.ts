import {
  DEFAULT_CONNECTION,
  WRITING_ERP_TYPES,
  type TCommandName,
  type TErpConnectionStatus,
  type TErpType,
} from "@erp-bridge/shared";
import { ERP_NAMES, type TConnectionConfig } from "../config/erp-connections.ts";
import type { TLogger } from "../log.ts";
import type { TErpConnector } from "./erp-connector.ts";
import { createOptimaConnector } from "./optima/optima-connector.ts";
import { readErpStatus } from "./read-erp-status.ts";
import { createSubiektConnector } from "./subiekt-gt/subiekt-connector.ts";
import { createUnconfiguredErp } from "./unconfigured-erp.ts";

export type TErpConnection = { key: string; erpType: TErpType; connector: TErpConnector };

/** What a command may reach: its connection's connector, or why it may not run there. */
export type TRouted =
  { ok: true; erp: TErpConnector } | { ok: false; code: "ERP_UNAVAILABLE" | "ERP_REFUSED"; message: string };

/**
 * Commands a read-only ERP type (WRITING_ERP_TYPES) refuses: the writes, their preflight, the Sfera
 * check and the staff lookups (erp.products.*), which only the Subiekt GT connector implements yet.
 */
const SUBIEKT_ONLY: readonly TCommandName[] = [
  "erp.order.create",
  "erp.order.sale",
  "erp.order.transfer",
  "erp.order.close",
  "erp.order.return",
  "erp.writes.preflight",
  "erp.sfera.check",
  "erp.products.find",
  "erp.products.search",
];

/**
 * The agent's ERP connections (issue 19), each with its own connector; a command's `connection`
 * picks one, none picks "default". Connectors connect lazily: an agent serving two ERPs opens each
 * pool on that ERP's first command (or status check).
 */
export class ErpConnections {
  readonly list: readonly TErpConnection[];

  constructor(options: { connections: readonly TConnectionConfig[]; log: TLogger }) {
    this.list = options.connections.map((config) => ({
      key: config.key,
      erpType: config.erpType,
      connector: createConnector({ config, log: options.log }),
    }));
  }

  /** The default connection's connector; without one, the stand-in that says no ERP is configured. */
  get defaultConnector(): TErpConnector {
    return this.find(DEFAULT_CONNECTION)?.connector ?? UNCONFIGURED;
  }

  find(key: string): TErpConnection | undefined {
    return this.list.find((connection) => connection.key === key);
  }

  /** The connector a command runs on, or a refusal naming the connection. */
  route(options: { connection: string | undefined; command: TCommandName }): TRouted {
    const key = options.connection ?? DEFAULT_CONNECTION;
    const connection = this.find(key);
    if (!connection) {
      if (key === DEFAULT_CONNECTION) return { ok: true, erp: UNCONFIGURED };
      const served = this.list.map((c) => `"${c.key}"`).join(", ") || "none";
      const message = `connection "${key}" is not configured on this agent (it serves: ${served}); add it under "connections" in the agent's config file`;
      return { ok: false, code: "ERP_UNAVAILABLE", message };
    }
    if (!WRITING_ERP_TYPES.includes(connection.erpType) && SUBIEKT_ONLY.includes(options.command)) {
      const message = `connection "${key}" is ${ERP_NAMES[connection.erpType]}, read-only for now: ${options.command} is not available there (sync, cloud copy and reports are)`;
      return { ok: false, code: "ERP_REFUSED", message };
    }
    return { ok: true, erp: connection.connector };
  }

  /** Every connection's status, for hello and heartbeats; none when the agent has no ERP. */
  async statuses(options: { timeoutMs: number }): Promise<TErpConnectionStatus[]> {
    return Promise.all(
      this.list.map(async ({ key, erpType, connector }) => ({
        key,
        erpType,
        erp: await readErpStatus({ erp: connector, signal: AbortSignal.timeout(options.timeoutMs) }),
      })),
    );
  }

  /** Ends what the connectors hold open beyond their pools (the Sfera bridges). */
  async stop(): Promise<void> {
    await Promise.all(this.list.map(async ({ connector }) => connector.sfera?.stop()));
  }
}

const UNCONFIGURED = createUnconfiguredErp();

function createConnector(options: { config: TConnectionConfig; log: TLogger }): TErpConnector {
  const { config, log } = options;
  if (config.erpType === "optima") return createOptimaConnector({ erpUrl: config.erpUrl });
  return createSubiektConnector({ erpUrl: config.erpUrl, sfera: config.sfera, log });
}
