import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { requireWriter } from "./require-writer.ts";

export const erpOrderReturn = defineCommand({
  name: "erp.order.return",
  spec: COMMANDS["erp.order.return"],
  // Lane: the sale's key: the return has no other link to its order, and the portal runs one step of an order at a time.
  lane: (input) => input.saleKey,
  run: ({ input, erp }) => requireWriter(erp, { writer: input.writer, documentType: "KFS" }).createReturn(input),
});
