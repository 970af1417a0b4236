import { COMMANDS } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import { defineCommand } from "./define-command.ts";

/** A live product search for staff picking sample goods; fails as erp.read does without an ERP. */
export const erpProductsSearch = defineCommand({
  name: "erp.products.search",
  spec: COMMANDS["erp.products.search"],
  run: ({ input, erp }) => {
    if (!erp.lookups) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
    return erp.lookups.searchProducts(input);
  },
});
