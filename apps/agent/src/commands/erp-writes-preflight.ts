import { COMMANDS } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import { defineCommand } from "./define-command.ts";

/**
 * Every document the integration will write, written and rolled back on the client's database
 * (see runPreflight): the wizard's last step asks it before the integration may be saved.
 */
export const erpWritesPreflight = defineCommand({
  name: "erp.writes.preflight",
  spec: COMMANDS["erp.writes.preflight"],
  lane: () => "preflight",
  run: ({ input, erp }) => {
    if (!erp.preflight) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
    return erp.preflight(input);
  },
});
