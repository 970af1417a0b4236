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
import type { TSetupSamples } from "./setup-steps.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** One step's check: every read and dry run goes through the agent's connection the wizard chose. */
type TCheck = {
  actor: TActor;
  companyId: string;
  agentId: string;
  connection: string;
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
    errors["settings.warehouses"] = [fieldProblem("noStore")];
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
    throw invalidInput({ "samples.codes": [fieldProblem("noCodes")] });
  }
  const by = check.settings.productIdentifier;
  const found = await findErpProducts({ ...check, by, codes });
  if (found.missing.length > 0) {
    const codes = found.missing.join(", ");
    throw invalidInput({ "samples.codes": [fieldProblem(by === "sku" ? "unknownSku" : "unknownEan", { codes })] });
  }
  const unsellable = found.products.filter((product) => product.deleted || product.blocked);
  if (unsellable.length > 0) {
    const names = unsellable.map((product) => product.sku).join(", ");
    throw invalidInput({ "samples.codes": [fieldProblem("unsellable", { codes: names })] });
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
  // Any product the ERP sells: one of step 4's codes, or one picked with the search here.
  if (order.code.trim() === "") errors["samples.order.code"] = [fieldProblem("sampleCode")];
  const delivery = settings.deliveryMethods.find((d) => d.channelCode === order.deliveryMethod);
  if (!delivery) errors["samples.order.deliveryMethod"] = [fieldProblem("sampleDelivery")];
  if (!settings.paymentMethods.some((p) => p.channelCode === order.paymentMethod)) {
    errors["samples.order.paymentMethod"] = [fieldProblem("samplePayment")];
  }
  throwIfAny(errors);
  const found = await findErpProducts({ ...check, by: settings.productIdentifier, codes: [order.code] });
  const product = found.products[0];
  if (!product) throw invalidInput({ "samples.order.code": [fieldProblem("sampleGone")] });
  if (product.deleted || product.blocked) {
    throw invalidInput({ "samples.order.code": [fieldProblem("unsellable", { codes: product.sku })] });
  }
  const command = orderCreateCommand({
    key: orderKey(uuidV7(), "order"),
    buyer: sampleBuyer(order.document),
    lines: [{ sku: product.sku, quantity: order.quantity, unitGross: order.unitGross, vatRate: product.vatRate }],
    settings,
    dryRun: true,
  });
  const dryRun = await dryRunZk({
    companyId: check.companyId,
    agentId: check.agentId,
    connection: check.connection,
    command,
    settings,
  });
  if (!dryRun.ok) {
    const cause = `orders.erpError.${dryRun.problem.code}`;
    throw invalidInput({ "samples.order": [fieldProblem("sampleRefused", { ...dryRun.problem.params, cause })] });
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
