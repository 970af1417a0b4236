import { ZOrderBuyer, ZPayment, type TCommandName } from "@erp-bridge/shared";
import type { z } from "zod";
import type { TIntegrationSettings, TWriterDocument } from "../settings/integration-settings.ts";
import { customerForErp } from "./customer-for-erp.ts";
import type { TErpStep } from "./next-erp-step.ts";
import { deliveryRule } from "./order-delivery.ts";
import { orderKey } from "./order-keys.ts";
import type { TOrderProblem } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";

export type TStepCommand = { name: TCommandName; input: unknown } | { problem: TOrderProblem };

/** The gross price a channel sent, as the net price the ERP books (VAT from the channel's rate). */
function netOf(unitGross: number, vatRate: number): number {
  return Math.round((unitGross / (1 + vatRate / 100)) * 100) / 100;
}

/**
 * The writer the settings choose for a document. A dry run always goes to the SQL writer: only it
 * can run a write and roll it back (Sfera saves or does not), so a preflight predicts with it.
 */
function writerFor(settings: TIntegrationSettings, document: TWriterDocument, dryRun: boolean) {
  return dryRun ? "sql" : settings.writers[document];
}

/**
 * The ZK for an order's buyer and lines: reserved in the store warehouses in their configured
 * order, lines divided when the first cannot cover them. Also what the setup wizard's sample
 * order is checked with, so the sample goes through the same code as a real order.
 */
export function orderCreateCommand(options: {
  key: string;
  buyer: z.infer<typeof ZOrderBuyer>;
  lines: { sku: string; quantity: number; unitGross: number; vatRate: number }[];
  settings: TIntegrationSettings;
  dryRun: boolean;
}): TStepCommand {
  const stores = storeWarehouses(options.settings);
  if (stores.length === 0) return { problem: { code: "noStore", params: {} } };
  return {
    name: "erp.order.create",
    input: {
      key: options.key,
      customer: customerForErp(options.buyer),
      warehouseIds: stores,
      split: true,
      reserve: true,
      lines: options.lines.map((line) => ({
        sku: line.sku,
        quantity: line.quantity,
        netPrice: netOf(line.unitGross, line.vatRate),
      })),
      dryRun: options.dryRun,
      writer: writerFor(options.settings, "order", options.dryRun),
    },
  };
}

function storeWarehouses(settings: TIntegrationSettings): number[] {
  return settings.warehouses.filter((w) => w.role === "store").map((w) => w.erpId);
}

/**
 * The agent command for one ERP step of an order, from the order and the integration settings
 * as they are now; a missing mapping is a problem in plain words that staff can fix and retry.
 */
export function stepCommand(options: {
  order: TOrderRow;
  step: TErpStep;
  settings: TIntegrationSettings;
  dryRun?: boolean;
}): TStepCommand {
  const { order, step, settings } = options;
  const dryRun = options.dryRun ?? false;
  const rule = deliveryRule(order.delivery, settings);
  if (!rule) {
    const method = (order.delivery as { method?: string }).method ?? "";
    return { problem: { code: "deliveryUnmapped", params: { method } } };
  }
  const stores = storeWarehouses(settings);
  const lines = order.lines.map((line) => ({ sku: line.sku, quantity: Number(line.quantity) }));
  switch (step) {
    case "create":
      return orderCreateCommand({
        key: orderKey(order.id, "order"),
        buyer: ZOrderBuyer.parse(order.buyer),
        lines: order.lines.map((line) => ({
          sku: line.sku,
          quantity: Number(line.quantity),
          unitGross: Number(line.unitGross),
          vatRate: Number(line.vatRate),
        })),
        settings,
        dryRun,
      });
    case "cancel":
      return {
        name: "erp.order.close",
        input: {
          orderKey: orderKey(order.id, "order"),
          action: "cancel",
          dryRun,
          writer: writerFor(settings, "order", dryRun),
        },
      };
    case "sale": {
      const method = settings.paymentMethods.find((m) => m.channelCode === order.paymentMethod);
      const payment = ZPayment.safeParse(method?.erpName);
      const kind = order.documentWanted === "INVOICE" ? "FS" : settings.saleDocumentWithoutNip;
      return {
        name: "erp.order.sale",
        input: {
          key: orderKey(order.id, "sale"),
          kind,
          orderKey: orderKey(order.id, "order"),
          ...(payment.success && { payment: payment.data }),
          dryRun,
          writer: writerFor(settings, "sale", dryRun),
          sqlSalesChosen: settings.sqlSalesChosen,
        },
      };
    }
    case "transfer": {
      const [from] = stores;
      if (from === undefined) return { problem: { code: "noStore", params: {} } };
      if (rule.showroomWarehouseId === null) {
        return { problem: { code: "noShowroom", params: { method: rule.channelCode } } };
      }
      return {
        name: "erp.order.transfer",
        input: {
          key: orderKey(order.id, "transfer"),
          orderKey: orderKey(order.id, "order"),
          fromWarehouseId: from,
          toWarehouseId: rule.showroomWarehouseId,
          lines,
          dryRun,
          writer: writerFor(settings, "transfer", dryRun),
        },
      };
    }
    default: {
      const index = order.returns.findIndex((r) => `return:${r.id}` === step);
      const toReturn = order.returns[index];
      if (!toReturn) return { problem: { code: "returnGone", params: {} } };
      if (!order.erpSaleType || order.erpSaleNumber === null) return { problem: { code: "noSale", params: {} } };
      return {
        name: "erp.order.return",
        input: {
          key: orderKey(order.id, { return: index + 1 }),
          saleKey: orderKey(order.id, "sale"),
          lines: toReturn.lines,
          dryRun,
          writer: writerFor(settings, "return", dryRun),
          sqlSalesChosen: settings.sqlSalesChosen,
        },
      };
    }
  }
}
