import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

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
  // Benchmarks build into a directory of their own, so they never race a development build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(config);
