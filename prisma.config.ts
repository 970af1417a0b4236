import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL for migrate commands. The schema engine it talks to is the
// project's own WebAssembly stand-in (prisma/schema-engine), selected by
// PRISMA_SCHEMA_ENGINE_BINARY in the npm scripts, so nothing is downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
