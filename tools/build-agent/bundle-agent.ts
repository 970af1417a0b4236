import path from "node:path";
import { build } from "esbuild";
import type { TBuildInfo } from "../../apps/agent/src/version.ts";

/**
 * Optional native add-ons the agent's dependencies try to load inside try/catch and do without
 * (ws: bufferutil, utf-8-validate; pg: pg-native; debug: supports-color). A single executable
 * can require only Node's built-in modules, so these stay out and the pure-JS paths run.
 */
const OPTIONAL_NATIVE = ["bufferutil", "utf-8-validate", "pg-native", "supports-color"];

/**
 * The whole agent (its dependencies included: ws, kysely, mssql/tedious, pg, zod) as one
 * CommonJS file, the form Node's single-executable loader runs, with the build compiled in.
 */
export async function bundleAgent(options: { root: string; outFile: string; build: TBuildInfo }): Promise<void> {
  const result = await build({
    entryPoints: [path.join(options.root, "apps/agent/src/main.ts")],
    outfile: options.outFile,
    bundle: true,
    platform: "node",
    target: "node24",
    format: "cjs",
    external: OPTIONAL_NATIVE,
    alias: { "@azure/identity": path.join(options.root, "tools/build-agent/azure-identity-stub.ts") },
    // CommonJS has no import.meta: the few source-tree fallbacks that read it get this file's URL.
    define: { ERP_BRIDGE_AGENT_BUILD: JSON.stringify(options.build), "import.meta.url": "__erpBridgeBundleUrl" },
    banner: { js: 'const __erpBridgeBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    legalComments: "eof",
    logLevel: "silent",
  });
  const problems = [...result.errors, ...result.warnings];
  if (problems.length > 0) throw new Error(`bundling the agent: ${problems.map((p) => p.text).join("; ")}`);
}
