/**
 * The emulated Sfera bridge: speaks SferaBridge.exe's stdio protocol and writes through the SQL
 * writer into an ERP database (the PostgreSQL sandbox), so every test above the bridge runs
 * without Windows. The agent starts it in place of the real bridge:
 *   tsx emulated/main.ts --erp-url postgres://… [--faults plan.json] [--cold-start-ms 0]
 */
import { parseArgs } from "node:util";
import { createErpDb } from "../../../sql/create-erp-db.ts";
import type { TSubiektDatabase } from "../../schema/database.ts";
import { emulatedCalls } from "./emulated-calls.ts";
import { sandboxNames } from "./sandbox-names.ts";
import { serveBridge } from "./serve-bridge.ts";
import { createEmulatedWrites } from "./sql-writer-adapter.ts";

const { values } = parseArgs({
  options: {
    "erp-url": { type: "string" },
    faults: { type: "string" },
    "cold-start-ms": { type: "string", default: "0" },
  },
});
const erpUrl = values["erp-url"];
if (!erpUrl) {
  process.stderr.write("--erp-url is required\n");
  process.exit(1);
}
const coldStartMs = Number(values["cold-start-ms"]);
const erp = createErpDb<TSubiektDatabase>({ url: erpUrl });
const state: { phase: "not_logged_in" | "starting" | "ready"; operator: string | null; lastSaveAt: string | null } = {
  phase: "not_logged_in",
  operator: null,
  lastSaveAt: null,
};
const handlers = emulatedCalls({
  writes: createEmulatedWrites(erp),
  names: sandboxNames(erp.db),
  faultsFile: values.faults,
  session: {
    open: async (operator) => {
      Object.assign(state, { phase: "starting", operator });
      await new Promise((resolve) => setTimeout(resolve, coldStartMs));
      state.phase = "ready";
      return { operator, subiektVersion: "emulated", subiektProcessId: process.pid };
    },
    saved: () => (state.lastSaveAt = new Date().toISOString()),
  },
});
await serveBridge({
  input: process.stdin,
  output: process.stdout,
  handlers,
  log: (line) => process.stderr.write(`${line}\n`),
  health: (queue) => ({
    state: state.phase,
    operator: state.operator,
    subiektVersion: state.phase === "ready" ? "emulated" : null,
    subiektProcessId: state.phase === "ready" ? process.pid : null,
    lastSaveAt: state.lastSaveAt,
    lastError: null,
    process64Bit: false,
    ...queue,
  }),
});
await erp.close();
