// JSON-RPC 2.0 over stdio, one JSON object per line, as the Prisma CLI's SchemaEngine client
// speaks it. Requests are served one at a time, in order, like the native engine.
import { createInterface } from "node:readline";

// RPC names the CLI uses that differ from the wasm SchemaEngine method names.
const ALIASES = { getDatabaseVersion: "version" };

/**
 * Turns an engine rejection into the error object the CLI expects: it shows data.message and,
 * with data.error_code, a "P3xxx" heading. User-facing engine errors arrive as JS Errors whose
 * message may be a JSON object {error_code, message, meta}.
 * @param {any} error
 * @param {any} [errorRegistry] the bound adapter factory's registry of non-driver errors
 */
export function toRpcError(error, errorRegistry) {
  // Non-driver JS errors thrown inside the adapter reach us only as "External error id#N".
  const external = /External error id#(\d+)/.exec(String(error?.message ?? ""));
  const original = external && errorRegistry?.consumeError(Number(external[1]))?.error;
  if (original) error = original;
  let data = { is_panic: false, message: String(error?.message ?? error), meta: null, error_code: null };
  try {
    const parsed = JSON.parse(data.message);
    if (parsed && typeof parsed === "object") data = { ...data, ...parsed, message: parsed.message ?? data.message };
  } catch {
    /* plain-text message */
  }
  if (error instanceof WebAssembly.RuntimeError) data.is_panic = true;
  if (!data.error_code && error?.code?.startsWith?.("P")) data.error_code = error.code;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

let nextRequestId = 1;

/**
 * The wasm engine returns diff output in DiffResult.stdout, but the CLI only prints what the
 * native engine sends back as a `print` request (that is how `--output` captures it), so
 * forward it that way. stdout ordering guarantees the CLI handles it before our response.
 * @param {{ exitCode: number, stdout: string | null }} result
 */
function printDiffOutput(result) {
  if (typeof result?.stdout !== "string") return result;
  const content = result.stdout.replace(/\n$/, ""); // the CLI appends its own newline
  process.stdout.write(
    JSON.stringify({ jsonrpc: "2.0", id: nextRequestId++, method: "print", params: { content } }) + "\n",
  );
  return { ...result, stdout: null };
}

/**
 * @param {{ engine: () => Promise<any>, custom: Record<string, (params: any) => Promise<any>>, afterEach: () => Promise<void>, errorRegistry?: any }} handlers
 *   engine: lazily created wasm engine; custom: methods served outside the wasm engine;
 *   afterEach: cleanup run before each response is written (the CLI may SIGTERM us right after).
 */
export async function serve({ engine, custom, afterEach, errorRegistry }) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      continue;
    }
    if (request.method === undefined) continue; // a response to one of our requests: we send none
    /** @type {any} */
    const response = { jsonrpc: "2.0", id: request.id };
    try {
      const method = ALIASES[request.method] ?? request.method;
      if (custom[method]) response.result = await custom[method](request.params ?? {});
      else {
        const instance = await engine();
        if (typeof instance[method] !== "function" || method === "free") {
          throw new Error(`Method not supported by the wasm schema engine: ${request.method}`);
        }
        response.result = (await instance[method](request.params ?? {})) ?? {};
      }
      if (method === "diff") response.result = printDiffOutput(response.result);
    } catch (error) {
      response.error = toRpcError(error, errorRegistry);
    }
    await afterEach();
    process.stdout.write(JSON.stringify(response) + "\n");
  }
}
