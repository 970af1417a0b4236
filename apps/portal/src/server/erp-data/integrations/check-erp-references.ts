import { fieldProblem, type TFieldErrors, type TFieldProblem } from "../../platform/errors/field-problem.ts";
import type { TErpLists } from "./read-erp-lists.ts";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";

/** Field errors for every setting that names a warehouse, VAT rate or unit the ERP does not have. */
export function checkErpReferences(settings: TIntegrationSettings, lists: TErpLists): TFieldErrors {
  const errors: TFieldErrors = {};
  const add = (field: string, problem: TFieldProblem) => (errors[field] ??= []).push(problem);
  const warehouses = new Set(lists.warehouses.map((w) => w.id));
  const vatRates = new Set(lists.vatRates.map((v) => v.id));
  const units = new Set(lists.units.map((u) => u.code));
  settings.warehouses.forEach((w, i) => {
    if (!warehouses.has(w.erpId)) add(`warehouses.${i}.erpId`, fieldProblem("noWarehouse", { id: w.erpId }));
  });
  settings.vatMapping.forEach((v, i) => {
    if (!vatRates.has(v.erpVatRateId))
      add(`vatMapping.${i}.erpVatRateId`, fieldProblem("noVatRate", { id: v.erpVatRateId }));
  });
  settings.unitMapping.forEach((u, i) => {
    if (!units.has(u.erpUnitCode)) add(`unitMapping.${i}.erpUnitCode`, fieldProblem("noUnit", { code: u.erpUnitCode }));
  });
  settings.deliveryMethods.forEach((d, i) => {
    if (d.showroomWarehouseId !== null && !warehouses.has(d.showroomWarehouseId)) {
      add(`deliveryMethods.${i}.showroomWarehouseId`, fieldProblem("noWarehouse", { id: d.showroomWarehouseId }));
    }
  });
  return errors;
}
