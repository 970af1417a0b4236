import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWrites } from "./require-writes.ts";

export const erpOrderTransfer = defineCommand({
  name: "erp.order.transfer",
  spec: COMMANDS["erp.order.transfer"],
  run: ({ input, erp }) => requireWrites(erp).createTransfer(input),
});
