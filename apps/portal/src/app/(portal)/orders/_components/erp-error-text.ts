import { explainOrderError } from "@/server/orders/explain-order-error.ts";

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/** An ERP step's error in the reader's words (`t` of the "orders" messages); unknown ones as stored. */
export function erpErrorText(t: TTranslate, message: string): string {
  const explained = explainOrderError(message);
  return explained ? t(`erpError.${explained.key}`, explained.values) : message;
}
