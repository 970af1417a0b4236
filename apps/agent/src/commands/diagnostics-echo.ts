import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";

export const diagnosticsEcho = defineCommand({
  name: "diagnostics.echo",
  spec: COMMANDS["diagnostics.echo"],
  run: async ({ input }) => ({ text: input.text, agentTime: new Date().toISOString() }),
});
