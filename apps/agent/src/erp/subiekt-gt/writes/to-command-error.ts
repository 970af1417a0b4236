import { CommandError } from "../../../errors/command-error.ts";
import { ErpWriteError } from "./write-error.ts";

/** The writes' input fields that the order commands name differently. */
const PROTOCOL_FIELDS: Record<string, string> = {
  externalKey: "key",
  order: "orderKey",
  orderRef: "orderKey",
  sale: "saleKey",
  from: "fromWarehouseId",
  to: "toWarehouseId",
};

/** Programming errors stay what they are (COMMAND_FAILED): retrying would not help. */
const BUGS = [TypeError, RangeError, ReferenceError, SyntaxError];

/**
 * What a failed write tells the portal. A refusal (ErpWriteError) becomes ERP_REFUSED naming the
 * order command's field, for staff to fix; anything else from the database or its driver becomes
 * ERP_UNAVAILABLE with the driver's message, which the portal retries (every write is idempotent).
 */
export function toCommandError(error: unknown): unknown {
  if (error instanceof CommandError) return error;
  if (error instanceof ErpWriteError) {
    const path = protocolPath(error.path);
    const reason = reasonOf(error);
    // Without a code of its own a refusal is "refused" with the ERP's reason, for the field at `path`.
    const problem = { code: "refused", ...error.refusal, path, params: { ...error.refusal?.params, reason } };
    return new CommandError({ code: "ERP_REFUSED", message: `${path}: ${reason}`, problem });
  }
  if (BUGS.some((type) => error instanceof type)) return error;
  return new CommandError({ code: "ERP_UNAVAILABLE", message: driverMessage(error) });
}

/** A refusal's message without the path ErpWriteError puts in front of it. */
export function reasonOf(error: ErpWriteError): string {
  const prefix = `${error.path}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** "lines.0.product.sku" -> "lines.0.sku", "orderRef" -> "orderKey". */
export function protocolPath(path: string): string {
  const [head = "", ...rest] = path.replace(/\.product(\.(sku|ean))?$/, ".sku").split(".");
  return [PROTOCOL_FIELDS[head] ?? head, ...rest].join(".");
}

/** Node's connect errors may carry no message of their own (an AggregateError per address tried). */
function driverMessage(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map((inner: unknown) => driverMessage(inner)).join("; ") || "ERP database unreachable";
  }
  if (error instanceof Error) {
    return error.message || ("code" in error && typeof error.code === "string" ? error.code : error.name);
  }
  return String(error);
}
