import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { inlineDataFiles } from "./bundle-agent.ts";

const FACTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../apps/agent/src/erp/subiekt-gt/schema/facts/subiekt-gt-columns.ts",
);

describe("the agent's bundle", () => {
  it("carries the column facts' data file as text: a single executable has no file beside it", async () => {
    const result = await build({
      entryPoints: [FACTS],
      bundle: true,
      platform: "node",
      format: "cjs",
      write: false,
      plugins: [inlineDataFiles],
      logLevel: "silent",
    });
    // Run as the executable would, where no file can be read: the text must be in the bundle.
    const module = { exports: {} as Record<string, unknown> };
    const noFiles = {
      readFileSync: (file: unknown) => {
        throw new Error(`read ${String(file)}`);
      },
    };
    vm.runInNewContext(result.outputFiles[0]?.text ?? "", { module, exports: module.exports, require: () => noFiles });
    const tsv = await readFile(FACTS.replace(/\.ts$/, ".tsv"), "utf8");
    expect(module.exports.SUBIEKT_GT_COLUMNS_TSV).toBe(tsv);
  });
});
