import { COMMANDS } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import { defineCommand } from "./define-command.ts";

/** A live product lookup for staff setting a client up; fails as erp.read does without an ERP. */
export const erpProductsFind = defineCommand({
  name: "erp.products.find",
  spec: COMMANDS["erp.products.find"],
  run: ({ input, erp }) => {
    if (!erp.lookups) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
    return erp.lookups.findProducts(input);
  },
});
