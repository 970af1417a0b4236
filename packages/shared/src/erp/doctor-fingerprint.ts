import { z } from "zod";

/**
 * What `agent doctor --report FILE` writes and staff upload to the integration: the facts of a
 * client's ERP database that decide whether our writes will work there, and the doctor's verdict.
 * Schema facts only (names of tables, columns, triggers and procedures, numbering settings,
 * versions): never a row of the client's data. Versioned: a later agent writes a later version,
 * and the portal refuses a version it does not know rather than misread it.
 */
export const FINGERPRINT_FORMAT = "erp-bridge/doctor-fingerprint";
export const FINGERPRINT_VERSION = 1;
/** An upload over this size is refused before it is parsed (a real Subiekt GT's is ~100-300 kB). */
export const FINGERPRINT_MAX_BYTES = 2 * 1024 * 1024;

/** The writes the connector makes, each a document type but the customer. */
export const FINGERPRINT_WRITES = ["customer", "ZK", "MM", "FS", "PA", "KFS"] as const;
export const ZFingerprintWrite = z.enum(FINGERPRINT_WRITES);
export type TFingerprintWrite = z.infer<typeof ZFingerprintWrite>;

/** SQL Server's sysname is nvarchar(128); PostgreSQL's names are shorter. */
const ZName = z.string().min(1).max(128);
const ZText = (max: number) => z.string().max(max);

const ZCheck = z.object({ name: ZText(200), level: z.enum(["ok", "warn", "fail"]), detail: ZText(20_000) });

const ZNumbering = z.discriminatedUnion("known", [
  z.object({
    document: ZFingerprintWrite.exclude(["customer"]),
    known: z.literal(true),
    period: z.enum(["month", "year"]),
    warehouse: z.boolean(),
    extension: z.boolean(),
  }),
  z.object({
    document: ZFingerprintWrite.exclude(["customer"]),
    known: z.literal(false),
    /** The nr_Parametr column whose value the writer does not understand (nr_Parametr: the row is missing). */
    setting: ZText(128),
    reason: ZText(1000),
  }),
]);

export const ZDoctorFingerprint = z.object({
  format: z.literal(FINGERPRINT_FORMAT),
  version: z.literal(FINGERPRINT_VERSION),
  createdAt: z.iso.datetime(),
  agentVersion: ZText(64),
  erp: z.literal("subiekt-gt"),
  server: z.object({
    /** sqlserver at a client; postgresql is our sandbox. */
    kind: z.enum(["sqlserver", "postgresql"]),
    version: ZText(1000),
    edition: ZText(200).nullable(),
    collation: ZText(128),
    /** The sandbox's character encoding; SQL Server's follows from the collation. */
    encoding: ZText(64).nullable(),
  }),
  verdict: z.object({ ready: z.boolean(), checks: z.array(ZCheck).max(1000) }),
  /** Every table the connector uses: whether this login sees it, and which of our columns it lacks. */
  tables: z
    .array(
      z.object({
        name: ZName,
        present: z.boolean(),
        columnCount: z.number().int().min(0),
        missingColumns: z.array(ZName).max(1000),
      }),
    )
    .max(500),
  /** On the tables we insert into: each NOT NULL column without a default, and whether our insert supplies it. */
  requiredColumns: z.array(z.object({ table: ZName, column: ZName, supplied: z.boolean() })).max(10_000),
  /** What the doctor's login may not do on a table the connector needs. */
  lackingPermissions: z.array(z.object({ table: ZName, permission: z.enum(["SELECT", "INSERT", "UPDATE"]) })).max(2000),
  triggers: z.array(z.object({ table: ZName, name: ZName })).max(5000),
  /** SQL Server's stored procedures (the sandbox's functions), parameters in order. */
  procedures: z
    .array(
      z.object({
        schema: ZName,
        name: ZName,
        parameters: z.array(z.object({ name: ZText(128), type: ZText(128), output: z.boolean() })).max(2100),
      }),
    )
    .max(20_000),
  numbering: z.array(ZNumbering).max(20),
  /** What each write touches, as this agent version writes it. */
  writes: z
    .array(
      z.object({
        write: ZFingerprintWrite,
        tables: z.array(ZName).min(1).max(50),
        /** The stored procedures it calls. */
        procedures: z.array(ZName).max(20),
      }),
    )
    .max(20),
});
export type TDoctorFingerprint = z.infer<typeof ZDoctorFingerprint>;
