import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWrites } from "./require-writes.ts";

export const erpOrderClose = defineCommand({
  name: "erp.order.close",
  spec: COMMANDS["erp.order.close"],
  run: ({ input, erp }) => requireWrites(erp).closeOrder(input),
});
