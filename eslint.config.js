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
  ...tseslint.configs.recommended,
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
      "no-restricted-syntax": [
        "error",
        { selector: "TSAsExpression > TSTypeReference[typeName.name='any']", message: "No `as any`." },
      ],
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
);
