import {
  DEFAULT_CREDIT_HOLDS,
  type TDataGroupKey,
  type TIntegrationSettings,
} from "@/server/settings/integration-settings.ts";

type TSettings = TIntegrationSettings;
/** A row the editor can add and remove; `rowId` is a React key only, never sent. */
type TRow<T> = T & { rowId: number };

/**
 * The settings as the form edits them: numbers the user types stay strings until they are sent
 * (an empty box is then null, which the server names as a field error), and rows carry keys.
 */
export type TSettingsForm = {
  dataGroups: Record<
    TDataGroupKey,
    { enabled: boolean; direction: TSettings["dataGroups"]["products"]["direction"]; intervalSeconds: string }
  >;
  warehouses: TSettings["warehouses"];
  productIdentifier: TSettings["productIdentifier"];
  vatMapping: TRow<{ channelRate: string; erpVatRateId: string }>[];
  unitMapping: TRow<TSettings["unitMapping"][number]>[];
  paymentMethods: TRow<TSettings["paymentMethods"][number]>[];
  deliveryMethods: TRow<{
    channelCode: string;
    kind: TSettings["deliveryMethods"][number]["kind"];
    showroomWarehouseId: string;
  }>[];
  orderStatusMapping: TRow<TSettings["orderStatusMapping"][number]>[];
  clickAndCollect: TSettings["clickAndCollect"];
  saleDocumentWithoutNip: TSettings["saleDocumentWithoutNip"];
  writers: TSettings["writers"];
  saleDocuments: TSettings["saleDocuments"];
  sqlSalesChosen: TSettings["sqlSalesChosen"];
  /** The field's number stays a string, as a select gives it, until sent. */
  productCustomFields: TRow<{ field: string; name: string }>[];
  /** Typed numbers stay strings until sent, like the intervals. */
  alerts: { agentOfflineMinutes: string; syncLagMinutes: string; errorQueueSize: string; notifyClient: boolean };
  /** The overdue days as typed; unticked, the days stay in the box and null is sent. */
  creditHolds: {
    policy: TSettings["creditHolds"]["policy"];
    overLimit: boolean;
    overdue: boolean;
    overdueDays: string;
  };
};

export type TRowsKey =
  "vatMapping" | "unitMapping" | "paymentMethods" | "deliveryMethods" | "orderStatusMapping" | "productCustomFields";

let lastRowId = 0;
export function newRowId(): number {
  return ++lastRowId;
}

const withRowIds = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row, rowId: newRowId() }));
const withoutRowId = <T extends { rowId: number }>({ rowId: _rowId, ...row }: T) => row;
const idOrEmpty = (id: number | null) => (id === null ? "" : String(id));
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

export function toSettingsForm(settings: TSettings): TSettingsForm {
  const group = (key: TDataGroupKey) => ({
    ...settings.dataGroups[key],
    intervalSeconds: String(settings.dataGroups[key].intervalSeconds),
  });
  return {
    ...settings,
    dataGroups: {
      products: group("products"),
      prices: group("prices"),
      stock: group("stock"),
      customers: group("customers"),
      documents: group("documents"),
      promotions: group("promotions"),
    },
    vatMapping: withRowIds(settings.vatMapping.map((v) => ({ ...v, erpVatRateId: idOrEmpty(v.erpVatRateId) }))),
    unitMapping: withRowIds(settings.unitMapping),
    paymentMethods: withRowIds(settings.paymentMethods),
    deliveryMethods: withRowIds(
      settings.deliveryMethods.map((d) => ({ ...d, showroomWarehouseId: idOrEmpty(d.showroomWarehouseId) })),
    ),
    orderStatusMapping: withRowIds(settings.orderStatusMapping),
    productCustomFields: withRowIds(settings.productCustomFields.map((f) => ({ ...f, field: String(f.field) }))),
    alerts: {
      agentOfflineMinutes: String(settings.alerts.agentOfflineMinutes),
      syncLagMinutes: String(settings.alerts.syncLagMinutes),
      errorQueueSize: String(settings.alerts.errorQueueSize),
      notifyClient: settings.alerts.notifyClient,
    },
    creditHolds: {
      ...settings.creditHolds,
      overdue: settings.creditHolds.overdueDays !== null,
      overdueDays: String(settings.creditHolds.overdueDays ?? DEFAULT_CREDIT_HOLDS.overdueDays ?? ""),
    },
  };
}

/** The form back as settings for the server to validate; nothing is checked here. */
export function fromSettingsForm(form: TSettingsForm) {
  const group = (key: TDataGroupKey) => ({
    ...form.dataGroups[key],
    intervalSeconds: numberOrNull(form.dataGroups[key].intervalSeconds),
  });
  return {
    ...form,
    dataGroups: {
      products: group("products"),
      prices: group("prices"),
      stock: group("stock"),
      customers: group("customers"),
      documents: group("documents"),
      promotions: group("promotions"),
    },
    vatMapping: form.vatMapping.map(withoutRowId).map((v) => ({ ...v, erpVatRateId: numberOrNull(v.erpVatRateId) })),
    unitMapping: form.unitMapping.map(withoutRowId),
    paymentMethods: form.paymentMethods.map(withoutRowId),
    deliveryMethods: form.deliveryMethods
      .map(withoutRowId)
      .map((d) => ({ ...d, showroomWarehouseId: numberOrNull(d.showroomWarehouseId) })),
    orderStatusMapping: form.orderStatusMapping.map(withoutRowId),
    productCustomFields: form.productCustomFields
      .map(withoutRowId)
      .map((f) => ({ ...f, field: numberOrNull(f.field) })),
    alerts: {
      agentOfflineMinutes: numberOrNull(form.alerts.agentOfflineMinutes),
      syncLagMinutes: numberOrNull(form.alerts.syncLagMinutes),
      errorQueueSize: numberOrNull(form.alerts.errorQueueSize),
      notifyClient: form.alerts.notifyClient,
    },
    creditHolds: {
      policy: form.creditHolds.policy,
      overLimit: form.creditHolds.overLimit,
      overdueDays: form.creditHolds.overdue ? numberOrNull(form.creditHolds.overdueDays) : null,
    },
  };
}
