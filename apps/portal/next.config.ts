import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";

const config: NextConfig = {
  // Native and server-only packages stay as plain Node requires, outside the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "pg-boss",
    "pino",
    "prom-client",
  ],
  poweredByHeader: false,
  experimental: {
    /**
     * Next loads every route's server module when it starts unless told not to: each page's code
     * then sits in memory from the first second, also in a process that serves agents and the
     * channel API alone. Off, a route loads on its first request (bench:portal-memory measures both).
     */
    preloadEntriesOnStart: false,
  },
  // Benchmarks build into a directory of their own, so they never race a development build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

/**
 * next-intl's plugin wires its request config into the build; the built server needs nothing
 * of it, and importing it loads two native modules (@swc/core, @parcel/watcher) into every
 * portal process: it is left out when serving a build.
 */
export default async function nextConfig(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) return config;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./src/i18n/request.ts")(config);
}
