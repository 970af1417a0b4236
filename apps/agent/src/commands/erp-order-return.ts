import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWrites } from "./require-writes.ts";

export const erpOrderReturn = defineCommand({
  name: "erp.order.return",
  spec: COMMANDS["erp.order.return"],
  run: ({ input, erp }) => requireWrites(erp).createReturn(input),
});
