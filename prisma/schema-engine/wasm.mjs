// Loads @prisma/schema-engine-wasm without Node's experimental wasm-ESM integration: the
// package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which plain Node 24
// cannot import, so we instantiate the module ourselves and hand it to the generated glue.
import { readFile } from "node:fs/promises";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));

let ready;
/** Instantiates the wasm module once per process. */
function init() {
  ready ??= (async () => {
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    /** @type {any} */ (instance.exports).__wbindgen_start();
  })();
  return ready;
}

/**
 * Creates a wasm SchemaEngine.
 * @param {[string, string][]} datamodels [path, content] of every schema file from --datamodels
 * @param {object} adapterFactory a bound migration-aware adapter factory (see adapter.mjs)
 * @param {(line: string) => void} log receives the engine's tracing output
 * @returns {Promise<import("@prisma/schema-engine-wasm").SchemaEngine>}
 */
export async function createEngine(datamodels, adapterFactory, log) {
  await init();
  return glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, adapterFactory);
}
