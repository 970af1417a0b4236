import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";
import { divideOrderLines } from "./divide-order-lines.ts";
import { requireWriter } from "./require-writer.ts";

/**
 * Finds or creates the customer and writes the ZK, its lines divided across the given warehouses
 * by the stock the connector reads inside the write's transaction (see divideOrderLines).
 */
export const erpOrderCreate = defineCommand({
  name: "erp.order.create",
  spec: COMMANDS["erp.order.create"],
  // Lane: the order's own ZK key.
  lane: (input) => input.key,
  run: ({ input, erp }) =>
    requireWriter(erp, { writer: input.writer, documentType: "ZK" }).createOrder({
      input,
      divide: (stock) =>
        divideOrderLines({
          lines: input.lines,
          warehouseIds: input.warehouseIds,
          split: input.split,
          reserve: input.reserve,
          stock,
        }),
    }),
});
