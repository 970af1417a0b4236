import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWriter } from "./require-writer.ts";

export const erpOrderReturn = defineCommand({
  name: "erp.order.return",
  spec: COMMANDS["erp.order.return"],
  run: ({ input, erp }) => requireWriter(erp, { writer: input.writer, documentType: "KFS" }).createReturn(input),
});
