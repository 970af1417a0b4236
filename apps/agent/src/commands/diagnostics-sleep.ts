import { setTimeout as sleep } from "node:timers/promises";
import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";

export const diagnosticsSleep = defineCommand({
  name: "diagnostics.sleep",
  spec: COMMANDS["diagnostics.sleep"],
  run: async ({ input, signal }) => {
    await sleep(input.ms, undefined, { signal });
    return { sleptMs: input.ms };
  },
});
