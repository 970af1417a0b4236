/**
 * A stand-in Sfera bridge for the supervisor's tests: the real protocol (serve-bridge.ts), no
 * database, and scripted trouble. Writes are numbered in memory after asking the agent for the key.
 *   --cold-start-ms N      session.open takes this long
 *   --faults FILE          emulated/faults.ts plan: hang or exit around a write, once
 *   --refuse-login CODE    session.open fails with this code
 *   --garbage              writes a line that is not the protocol before each answer
 *   --bad-results          answers writes with a document that has no number
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { suffer, takeFault } from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/faults.ts";
import {
  BridgeFailure,
  serveBridge,
  type TBridgeHandler,
} from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/serve-bridge.ts";
import { ZBridgeErrorCode } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-messages.ts";

const { values } = parseArgs({
  options: {
    "cold-start-ms": { type: "string", default: "0" },
    faults: { type: "string" },
    "refuse-login": { type: "string" },
    garbage: { type: "boolean", default: false },
    "bad-results": { type: "boolean", default: false },
  },
});
let phase: "not_logged_in" | "starting" | "ready" = "not_logged_in";
let operator: string | null = null;
let written = 0;

const write: TBridgeHandler = async (raw, tools) => {
  const { key } = z.object({ key: z.string() }).parse(raw);
  const fault = takeFault({ file: values.faults, type: "order.create" });
  const found = await tools.lookup({ key, types: ["ZK"] });
  if (found) return { document: found, created: false, warnings: [] };
  await suffer({ fault, moment: "before-write" });
  written++;
  await suffer({ fault, moment: "after-write" });
  if (values.garbage) process.stdout.write("Sfera: ostrzeżenie\n");
  const document = values["bad-results"] ? { id: written } : { id: written, number: `ZK ${written}/2026` };
  return { document, created: true, warnings: [] };
};

await serveBridge({
  input: process.stdin,
  output: process.stdout,
  log: (line) => process.stderr.write(`${line}\n`),
  health: (queue) => ({
    state: phase,
    operator,
    subiektVersion: phase === "ready" ? "stand-in" : null,
    subiektProcessId: null,
    lastSaveAt: null,
    lastError: null,
    process64Bit: false,
    ...queue,
  }),
  handlers: {
    "session.open": async (raw) => {
      phase = "starting";
      operator = z.object({ operator: z.string() }).parse(raw).operator;
      await new Promise((resolve) => setTimeout(resolve, Number(values["cold-start-ms"])));
      if (values["refuse-login"]) {
        phase = "not_logged_in";
        const code = ZBridgeErrorCode.parse(values["refuse-login"]);
        throw new BridgeFailure({ code, message: "Nieprawidłowa nazwa operatora lub hasło", retryable: false });
      }
      phase = "ready";
      return { operator, subiektVersion: "stand-in", subiektProcessId: null };
    },
    "order.create": write,
  },
});
