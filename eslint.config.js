import js from "@eslint/js";
import tseslint from "typescript-eslint";
import portalLayers from "./tools/eslint/portal-layers.js";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.next-bench/**",
      ".data/**",
      "dist/**",
      "apps/portal/src/generated/**",
      "test-results/**",
      "apps/portal/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules read each file's tsconfig (root, packages/shared, apps/agent, apps/portal).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        WebAssembly: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // `async` on a method that implements a Promise-returning interface is deliberate: a throw
      // inside becomes a rejection, which is what its callers handle.
      "@typescript-eslint/require-await": "off",
      // Passing an abort reason or a caught error on unchanged is right; literals are still caught.
      "@typescript-eslint/prefer-promise-reject-errors": [
        "error",
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "TSAsExpression > TSTypeReference[typeName.name='any']", message: "No `as any`." },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching) and Playwright's
    // response.json() are typed `any`; tests assert on those values rather than type them.
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Only env-schema.ts (and tests' harness) read process.env; everything else takes the parsed env.
    files: ["apps/*/src/**/*.ts", "apps/*/src/**/*.tsx"],
    ignores: [
      "apps/portal/src/env-schema.ts",
      "apps/agent/src/config/env.ts",
      "apps/portal/src/env.ts",
      "apps/portal/src/server/platform/database/**",
      "apps/portal/src/cli/**",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from env.ts." },
      ],
    },
  },
  {
    files: ["apps/portal/**/*.ts", "apps/portal/**/*.tsx"],
    plugins: { "portal-layers": portalLayers },
    rules: { "portal-layers/import-downward": "error" },
  },
  {
    // Plain JavaScript (this file, the ESLint plugin, the schema engine shims) is in no tsconfig.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
