import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["apps/*/src/**/*.test.ts", "packages/*/src/**/*.test.ts", "tools/**/*.test.{ts,js}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "prisma/schema-engine/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          setupFiles: ["test/integration/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files run side by side, each worker on its own copy of the migrated database
          // (setup-env.ts). A fixed count: most of a file's time is waiting on agents, ERP
          // sandboxes and portal processes, so more workers than the CI machine's two cores fill it;
          // INTEGRATION_WORKERS=1 runs them one after another.
          maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 3),
          // After the unit project when both run: projects in one group must agree on maxWorkers.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
