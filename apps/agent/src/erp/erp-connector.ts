import type {
  TErpReads,
  TErpResource,
  TErpStatus,
  TErpWritesPreflightInput,
  TErpWritesPreflightResult,
  TSferaHealth,
} from "@erp-bridge/shared";
import type { TErpLookups } from "./erp-lookups.ts";
import type { TErpWriter } from "./erp-writer.ts";

/**
 * What the agent needs from an ERP. Each connector (erp/<name>, e.g. subiekt-gt) implements
 * it and is the only code that knows that ERP's tables; commands reach the ERP through it.
 */
export type TErpConnector = {
  status(options: { signal: AbortSignal }): Promise<TErpStatus>;
  /** Null when no ERP is configured: commands that read say so instead of guessing. */
  reads: TErpReads | null;
  /** Null when no ERP is configured, as reads. */
  lookups: TErpLookups | null;
  /** The SQL writer; null when no ERP is configured, or the connector cannot write. */
  writer: TErpWriter | null;
  /**
   * Writes each asked document through the SQL writer and rolls it back (issue 13.6); null when no
   * ERP is configured. Always the SQL writer: Sfera saves or does not, it cannot roll back.
   */
  preflight: ((input: TErpWritesPreflightInput) => Promise<TErpWritesPreflightResult>) | null;
  /** The Sfera writer and its bridge's health; null when the agent's config has no "sfera". */
  sfera: {
    writer: TErpWriter;
    health(): Promise<TSferaHealth>;
    /** `agent sfera-check` on the running session: reads one product and customer, saves nothing. */
    check(): Promise<{ ok: boolean; lines: string[] }>;
    stop(): Promise<void>;
  } | null;
  /** About how many rows a full read returns (for progress); null when the connector can't say. */
  countRows(resource: TErpResource): Promise<number | null>;
};
