import { COMMANDS } from "@erp-bridge/shared";
import { readErpStatus } from "../erp/read-erp-status.ts";
import { defineCommand } from "./define-command.ts";

export const erpStatus = defineCommand({
  name: "erp.status",
  spec: COMMANDS["erp.status"],
  run: ({ erp, signal }) => readErpStatus({ erp, signal }),
});
