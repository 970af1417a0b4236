import { loadEnv, publicUrlOf } from "./env-schema.ts";

/**
 * The validated configuration. server.ts completes process.env (embedded database URL,
 * demo secret) before anything imports this module, so every reader sees the final values.
 */
export const env = loadEnv();

export const publicUrl = publicUrlOf(env);

/** The demo on the embedded database: pages offer the demo agent with its sample ERP. */
export const isDemo = env.DATABASE_EMBEDDED;
