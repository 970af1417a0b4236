import path from "node:path";
import { fileURLToPath } from "node:url";
import { ZLogLevel } from "@erp-bridge/shared/log";
import { z } from "zod";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const ZBoolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: an embedded PostgreSQL (PGlite) in DATA_DIR, migrated and seeded with a demo. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Set by the portal when it started the embedded database for want of DATABASE_URL; not a setting. */
  DATABASE_EMBEDDED: ZBoolean.default(false),
  /** Connections per portal process. The embedded database takes exactly one. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address people use to reach the portal; sign-in redirects are built from it. */
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, ".data")),
  /** Signs session cookies. Required with DATABASE_URL; the embedded demo keeps one in DATA_DIR. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Seals stored secrets (channels' webhook signing secrets); its own key, so rotating the
   * session secret leaves them readable. Required with DATABASE_URL; the embedded demo keeps one.
   */
  SECRETS_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** The key being rotated away from: still opens what it sealed until `reseal-secrets` has run. */
  SECRETS_KEY_PREVIOUS: z.string().min(32, "must be at least 32 characters").optional(),
  /** Seeds the demo accounts. Defaults to true for the embedded database, false otherwise. */
  SEED_DEMO: ZBoolean.optional(),
  /** Where alert e-mails go out (smtp:// or smtps://, credentials in the URL). Unset: alerts show in the portal only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL")
    .optional(),
  ALERT_FROM: z.string().min(3).default("ERP Bridge <alerts@localhost>"),
  /** Sign-in attempts per (e-mail, client address) within 15 minutes before a lock. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed sign-ins per client address (any e-mail) within 15 minutes before a lock. */
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  /** Reverse proxies in front of the portal that append to X-Forwarded-For; 0 reads the socket only. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * The Ed25519 public key agent builds must be signed with (SPKI DER base64, as compiled into
   * agents, or PEM). Unset: the public half of the key `npm run build:agent` signs with here.
   */
  AGENT_UPDATE_PUBLIC_KEY: z.string().min(40, "must be an Ed25519 public key (SPKI DER base64 or PEM)").optional(),
  /** Read only to derive the default of AGENT_UPDATE_PUBLIC_KEY, in the order the agent build uses them. */
  AGENT_SIGNING_KEY: z.string().optional(),
  AGENT_SIGNING_KEY_FILE: z.string().optional(),
  /** A folder with `npm run build:agent`'s builds.json: its builds are stored at start (known ones skipped). */
  AGENT_BUILDS_DIR: z.string().min(1).optional(),
  /** The least important log lines written: debug, info, warn or error. */
  LOG_LEVEL: ZLogLevel.default("info"),
  /** The bearer token Prometheus sends for /metrics. Unset: /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Validates a configuration; on failure returns one line naming the first bad variable. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: TEnv } | { ok: false; line: string } {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, line: `${issue?.path.join(".") ?? "environment"}: ${issue?.message ?? "invalid"}` };
  }
  if (result.data.DATABASE_URL && !result.data.AUTH_SECRET) {
    return { ok: false, line: "AUTH_SECRET: required when DATABASE_URL is set (32+ random characters)" };
  }
  return { ok: true, env: result.data };
}

/**
 * What a serving portal needs beyond parseEnv: the key for stored secrets. Checked at start
 * (server.ts) rather than in parseEnv, so scripts and tests that never seal a secret need not set it.
 */
export function serverConfigProblem(env: TEnv): string | null {
  if (env.DATABASE_URL && !env.SECRETS_KEY) {
    return "SECRETS_KEY: required when DATABASE_URL is set (32+ random characters)";
  }
  return null;
}

/** Parses the environment at start; a bad value stops the process with one line naming it. */
export function loadEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = parseEnv(source);
  if (parsed.ok) return parsed.env;
  console.error(`Invalid configuration: ${parsed.line}`);
  process.exit(1);
}

/** The address people and agents use to reach the portal. */
export function publicUrlOf(env: TEnv): string {
  return env.PUBLIC_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
}

export { REPO_ROOT };
