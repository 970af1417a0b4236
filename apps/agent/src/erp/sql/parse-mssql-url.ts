import type { config as MssqlConfig } from "mssql";
import { z } from "zod";

const ZFlag = z.enum(["true", "false"], { error: "expected true or false" }).transform((value) => value === "true");
const ZPositiveInt = z.coerce.number({ error: "expected a number" }).int("expected a whole number").positive();

/** What an `mssql://` URL may say; anything else is rejected so a misspelt option is not silently ignored. */
const ZMssqlUrl = z
  .strictObject({
    host: z.string().min(1, "required"),
    port: z.coerce.number({ error: "expected a number" }).int().min(1).max(65535).optional(),
    database: z.string().min(1, "required (the URL path, e.g. mssql://host/Firma)"),
    user: z.string().min(1, "required"),
    password: z.string(),
    instanceName: z.string().min(1).optional(),
    encrypt: ZFlag.default(true),
    trustServerCertificate: ZFlag.default(false),
    connectTimeout: ZPositiveInt.default(15_000),
    requestTimeout: ZPositiveInt.default(30_000),
    poolMax: ZPositiveInt.max(100).default(10),
  })
  .refine((url) => url.port === undefined || url.instanceName === undefined, {
    path: ["instanceName"],
    message: "give either a port or an instance name, not both (the SQL Browser finds a named instance's port)",
  });

/**
 * Parses `mssql://user:pass@host[:port]/database?instanceName=INSERTGT&encrypt=false&trustServerCertificate=true`
 * (also `sqlserver://`) into mssql's config. Errors name the field and never echo the password.
 */
export function parseMssqlUrl(options: { url: string }): MssqlConfig {
  const url = URL.parse(options.url);
  if (!url) throw new Error("ERP database URL: not a valid URL (expected mssql://user:password@host/database)");
  if (url.protocol !== "mssql:" && url.protocol !== "sqlserver:") {
    throw new Error(`ERP database URL: scheme ${url.protocol} is not mssql: or sqlserver:`);
  }
  const result = ZMssqlUrl.safeParse({
    host: url.hostname,
    port: url.port === "" ? undefined : url.port,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    ...Object.fromEntries(url.searchParams),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : "options";
    throw new Error(`ERP database URL: ${field}: ${issue?.message ?? "invalid"}`);
  }
  const parsed = result.data;
  return {
    server: parsed.host,
    port: parsed.port,
    database: parsed.database,
    user: parsed.user,
    password: parsed.password,
    connectionTimeout: parsed.connectTimeout,
    requestTimeout: parsed.requestTimeout,
    pool: { min: 0, max: parsed.poolMax },
    options: {
      instanceName: parsed.instanceName,
      encrypt: parsed.encrypt,
      trustServerCertificate: parsed.trustServerCertificate,
      // Subiekt's datetimes are Warsaw wall clock; inside the agent they travel in a Date's UTC
      // fields (erp/time/erp-clock.ts), whatever the host's time zone. Not an option: both
      // directions and the sandbox must agree.
      useUTC: true,
      // Kysely's T-SQL compiler quotes identifiers with double quotes, which need QUOTED_IDENTIFIER ON.
      enableQuotedIdentifier: true,
      appName: "erp-bridge-agent",
    },
  };
}
