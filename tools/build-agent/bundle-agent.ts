import { readFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import type { TBuildInfo } from "../../apps/agent/src/version.ts";

/**
 * Optional native add-ons the agent's dependencies try to load inside try/catch and do without
 * (ws: bufferutil, utf-8-validate; pg: pg-native; debug: supports-color). A single executable
 * can require only Node's built-in modules, so these stay out and the pure-JS paths run.
 */
const OPTIONAL_NATIVE = ["bufferutil", "utf-8-validate", "pg-native", "supports-color"];

/** How a module reads a data file beside itself: `readFileSync(new URL("./x.tsv", import.meta.url), "utf8")`. */
const DATA_FILE_READ = /readFileSync\(\s*new URL\("(\.\/[^"]+)", import\.meta\.url\),\s*"utf8",?\s*\)/g;

/**
 * A single executable has no file beside it: the data files the schema facts read beside
 * themselves (subiekt-gt-columns.tsv) go into the bundle as their text, in place of the read.
 */
export const inlineDataFiles: Plugin = {
  name: "inline-data-files",
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]schema[\\/]facts[\\/][^\\/]+\.ts$/ }, async (args) => {
      let source = await readFile(args.path, "utf8");
      for (const [read, file = ""] of source.matchAll(DATA_FILE_READ)) {
        const text = await readFile(path.resolve(path.dirname(args.path), file), "utf8");
        source = source.replace(read, JSON.stringify(text));
      }
      // A read this does not recognise would look for a file beside the executable, and fail there.
      if (source.includes("import.meta.url")) throw new Error(`${args.path}: a data file read that cannot be inlined`);
      return { contents: source, loader: "ts" };
    });
  },
};

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
    plugins: [inlineDataFiles],
    legalComments: "eof",
    logLevel: "silent",
  });
  const problems = [...result.errors, ...result.warnings];
  if (problems.length > 0) throw new Error(`bundling the agent: ${problems.map((p) => p.text).join("; ")}`);
}
