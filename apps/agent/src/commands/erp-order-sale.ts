import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWrites } from "./require-writes.ts";

export const erpOrderSale = defineCommand({
  name: "erp.order.sale",
  spec: COMMANDS["erp.order.sale"],
  run: ({ input, erp }) => requireWrites(erp).createSale(input),
});
