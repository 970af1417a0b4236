import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";

export const erpStatus = defineCommand({
  name: "erp.status",
  spec: COMMANDS["erp.status"],
  run: ({ erp, signal }) => erp.status({ signal }),
});
