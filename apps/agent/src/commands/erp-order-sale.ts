import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWriter } from "./require-writer.ts";

export const erpOrderSale = defineCommand({
  name: "erp.order.sale",
  spec: COMMANDS["erp.order.sale"],
  lane: (input) => input.orderKey,
  run: ({ input, erp }) => requireWriter(erp, { writer: input.writer, documentType: input.kind }).createSale(input),
});
