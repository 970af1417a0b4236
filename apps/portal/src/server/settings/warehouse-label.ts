import type { TIntegrationSettings } from "./integration-settings.ts";

/**
 * How people see an ERP warehouse: "MAG — Magazyn główny" as the ERP named it when the
 * settings were last checked against it, or "#id" for one the settings do not name.
 */
export function warehouseLabel(warehouses: TIntegrationSettings["warehouses"], id: number): string {
  const warehouse = warehouses.find((w) => w.erpId === id);
  if (!warehouse?.code) return `#${id}`;
  return warehouse.name ? `${warehouse.code} — ${warehouse.name}` : warehouse.code;
}

/** The settings' warehouses with the symbols and names the ERP gives them now. */
export function withWarehouseNames(
  settings: TIntegrationSettings,
  erpWarehouses: { id: number; code: string; name: string }[],
): TIntegrationSettings {
  return {
    ...settings,
    warehouses: settings.warehouses.map((warehouse) => {
      const erp = erpWarehouses.find((w) => w.id === warehouse.erpId);
      return erp ? { ...warehouse, code: erp.code, name: erp.name } : warehouse;
    }),
  };
}
