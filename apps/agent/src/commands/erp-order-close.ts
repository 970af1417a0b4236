import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWriter } from "./require-writer.ts";

export const erpOrderClose = defineCommand({
  name: "erp.order.close",
  spec: COMMANDS["erp.order.close"],
  lane: (input) => input.orderKey,
  run: ({ input, erp }) => requireWriter(erp, { writer: input.writer, documentType: "ZK" }).closeOrder(input),
});
