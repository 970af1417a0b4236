import type { TCommandName } from "@erp-bridge/shared";
import type { TCommandDefinition } from "./define-command.ts";
import { diagnosticsEcho } from "./diagnostics-echo.ts";
import { diagnosticsSleep } from "./diagnostics-sleep.ts";
import { diagnosticsStream } from "./diagnostics-stream.ts";
import { erpOrderClose } from "./erp-order-close.ts";
import { erpOrderCreate } from "./erp-order-create.ts";
import { erpOrderReturn } from "./erp-order-return.ts";
import { erpOrderSale } from "./erp-order-sale.ts";
import { erpOrderTransfer } from "./erp-order-transfer.ts";
import { erpProductsFind } from "./erp-products-find.ts";
import { erpProductsSearch } from "./erp-products-search.ts";
import { erpRead } from "./erp-read.ts";
import { erpSferaCheck } from "./erp-sfera-check.ts";
import { erpStatus } from "./erp-status.ts";
import { erpWritesPreflight } from "./erp-writes-preflight.ts";

/** One entry per catalogue command; `satisfies` makes a missing one a type error. */
export const COMMAND_HANDLERS = {
  "diagnostics.echo": diagnosticsEcho,
  "diagnostics.sleep": diagnosticsSleep,
  "diagnostics.stream": diagnosticsStream,
  "erp.status": erpStatus,
  "erp.sfera.check": erpSferaCheck,
  "erp.read": erpRead,
  "erp.products.find": erpProductsFind,
  "erp.products.search": erpProductsSearch,
  "erp.order.create": erpOrderCreate,
  "erp.order.sale": erpOrderSale,
  "erp.order.transfer": erpOrderTransfer,
  "erp.order.close": erpOrderClose,
  "erp.order.return": erpOrderReturn,
  "erp.writes.preflight": erpWritesPreflight,
} satisfies Record<TCommandName, TCommandDefinition>;
