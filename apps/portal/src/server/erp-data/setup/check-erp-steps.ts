import { invalidInput, type TFieldErrors } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { checkErpReferences } from "../integrations/check-erp-references.ts";
import { findErpProducts } from "../integrations/find-erp-products.ts";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";
import { readErpLists } from "../integrations/read-erp-lists.ts";
import { withWarehouseNames } from "../../settings/warehouse-label.ts";
import { dryRunZk } from "../../orders/dry-run-order.ts";
import { orderKey } from "../../orders/order-keys.ts";
import { orderCreateCommand } from "../../orders/step-command.ts";
import { uuidV7 } from "../../platform/database/uuid-v7.ts";
import { sampleBuyer } from "./sample-buyer.ts";
import { orderProblemText } from "../../orders/order-problem.ts";
import type { TSetupSamples } from "./setup-steps.ts";

type TCheck = {
  actor: TActor;
  companyId: string;
  agentId: string;
  settings: TIntegrationSettings;
  samples: TSetupSamples;
};

/** ERP reference errors under the settings' own field paths, for the fields a step owns. */
function referenceErrors(check: TCheck, lists: Awaited<ReturnType<typeof readErpLists>>, owned: string[]) {
  const errors: TFieldErrors = {};
  for (const [field, messages] of Object.entries(checkErpReferences(check.settings, lists))) {
    if (owned.some((key) => field.startsWith(`${key}.`))) errors[`settings.${field}`] = messages;
  }
  return errors;
}

function throwIfAny(errors: TFieldErrors): void {
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
}

/** Every chosen warehouse exists in the ERP, and orders have a store warehouse to reserve in. */
export async function checkWarehousesStep(check: TCheck) {
  const lists = await readErpLists(check);
  const errors = referenceErrors(check, lists, ["warehouses"]);
  if (!check.settings.warehouses.some((w) => w.role === "store")) {
    errors["settings.warehouses"] = ["Mark at least one warehouse as the store: orders reserve stock there"];
  }
  throwIfAny(errors);
  const named = (role: string) =>
    check.settings.warehouses
      .filter((w) => w.role === role)
      .map((w) => lists.warehouses.find((erp) => erp.id === w.erpId))
      .flatMap((w) => (w ? [{ id: w.id, code: w.code, name: w.name }] : []));
  return {
    step: "warehouses" as const,
    stores: named("store"),
    showrooms: named("showroom"),
    settings: withWarehouseNames(check.settings, lists.warehouses),
  };
}

/** The sample codes, as a channel would send them, name products in the ERP. */
export async function checkIdentificationStep(check: TCheck) {
  const { codes } = check.samples;
  if (codes.length === 0) {
    throw invalidInput({ "samples.codes": ["Give at least one product code as a sales channel would send it"] });
  }
  const by = check.settings.productIdentifier;
  const found = await findErpProducts({ ...check, by, codes });
  if (found.missing.length > 0) {
    const named = by === "sku" ? "symbol (SKU)" : "barcode (EAN)";
    throw invalidInput({ "samples.codes": [`The ERP has no product with the ${named}: ${found.missing.join(", ")}`] });
  }
  const unsellable = found.products.filter((product) => product.deleted || product.blocked);
  if (unsellable.length > 0) {
    const names = unsellable.map((product) => product.sku).join(", ");
    throw invalidInput({ "samples.codes": [`Withdrawn or blocked in the ERP, so orders would be refused: ${names}`] });
  }
  return { step: "identification" as const, products: found.products };
}

/**
 * The mappings name what the ERP has, and a sample order of a sample product goes through the
 * real ZK code as a dry run: the ERP writes it and rolls it back, showing what a real order
 * would get (customer, warehouses, prices) or why it would be refused.
 */
export async function checkWorkflowStep(check: TCheck) {
  const { settings } = check;
  const order = check.samples.order;
  const lists = await readErpLists(check);
  const errors = referenceErrors(check, lists, ["vatMapping", "unitMapping", "deliveryMethods"]);
  if (!check.samples.codes.includes(order.code)) {
    errors["samples.order.code"] = ["Choose one of the sample products"];
  }
  const delivery = settings.deliveryMethods.find((d) => d.channelCode === order.deliveryMethod);
  if (!delivery) errors["samples.order.deliveryMethod"] = ["Choose a delivery method mapped above"];
  if (!settings.paymentMethods.some((p) => p.channelCode === order.paymentMethod)) {
    errors["samples.order.paymentMethod"] = ["Choose a payment method mapped above"];
  }
  throwIfAny(errors);
  const found = await findErpProducts({ ...check, by: settings.productIdentifier, codes: [order.code] });
  const product = found.products[0];
  if (!product) throw invalidInput({ "samples.order.code": ["The ERP no longer has this product"] });
  const command = orderCreateCommand({
    key: orderKey(uuidV7(), "order"),
    buyer: sampleBuyer(order.document),
    lines: [{ sku: product.sku, quantity: order.quantity, unitGross: order.unitGross, vatRate: product.vatRate }],
    settings,
    dryRun: true,
  });
  const dryRun = await dryRunZk({ companyId: check.companyId, agentId: check.agentId, command, settings });
  if (!dryRun.ok) {
    throw invalidInput({ "samples.order": [`The ERP would refuse this order: ${orderProblemText(dryRun.problem)}`] });
  }
  const pickup = delivery?.kind === "showroom_pickup" && settings.clickAndCollect === "transfer";
  const showroom = pickup ? lists.warehouses.find((w) => w.id === delivery.showroomWarehouseId) : undefined;
  return {
    step: "workflow" as const,
    dryRun,
    orderTotal: Math.round(order.quantity * order.unitGross * 100) / 100,
    saleDocument: order.document === "invoice" ? ("FS" as const) : settings.saleDocumentWithoutNip,
    /** Click-and-collect by transfer: the showroom an MM will carry the goods to. */
    transferTo: showroom ? { id: showroom.id, code: showroom.code, name: showroom.name } : null,
  };
}
