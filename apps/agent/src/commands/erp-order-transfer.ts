import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWriter } from "./require-writer.ts";

export const erpOrderTransfer = defineCommand({
  name: "erp.order.transfer",
  spec: COMMANDS["erp.order.transfer"],
  lane: (input) => input.orderKey,
  run: ({ input, erp }) => requireWriter(erp, { writer: input.writer, documentType: "MM" }).createTransfer(input),
});
