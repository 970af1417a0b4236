"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { DELIVERY_KINDS, PAYMENT_KINDS } from "@/server/settings/order-method-kinds.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { ChoiceSelect, type TChoice } from "./choice-select.tsx";
import { RowsEditor, type TCellProps } from "./rows-editor.tsx";
import { newRowId, type TRowsKey, type TSettingsForm } from "./settings-form.ts";

type TProps = {
  form: TSettingsForm;
  lists: TErpLists | null;
  errors: TFieldErrors;
  onChange: <K extends TRowsKey>(key: K, rows: TSettingsForm[K]) => void;
};

function TextCell(props: { cell: TCellProps; value: string; onChange: (value: string) => void }) {
  return <input {...props.cell} value={props.value} onChange={(e) => props.onChange(e.target.value)} />;
}

/** The channel-to-ERP mappings: VAT rates, units, payment and delivery methods, order statuses. */
export function MappingFieldsets({ form, lists, errors, onChange }: TProps) {
  const t = useTranslations("integration");
  const choose = t("choose");
  const vatRates: TChoice[] = (lists?.vatRates ?? []).map((v) => ({
    value: String(v.id),
    label: `${v.code} (${v.rate}%)`,
  }));
  const paymentKinds: TChoice[] = PAYMENT_KINDS.map((kind) => ({ value: kind, label: t(`paymentKinds.${kind}`) }));
  const units: TChoice[] = (lists?.units ?? []).map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` }));
  const warehouseName = (id: number) => {
    const warehouse = lists?.warehouses.find((w) => w.id === id);
    return warehouse ? `${warehouse.code} — ${warehouse.name}` : warehouseLabel(form.warehouses, id);
  };
  const showrooms: TChoice[] = form.warehouses
    .filter((w) => w.role === "showroom")
    .map((w) => ({ value: String(w.erpId), label: warehouseName(w.erpId) }));
  return (
    <>
      <RowsEditor
        legend={t("vatMapping")}
        hint={t("vatMappingHint")}
        path="settings.vatMapping"
        rows={form.vatMapping}
        errors={errors}
        onChange={(rows) => onChange("vatMapping", rows)}
        blank={() => ({ rowId: newRowId(), channelRate: "", erpVatRateId: "" })}
        columns={[
          {
            field: "channelRate",
            label: t("channelRate"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.channelRate} onChange={(channelRate) => set({ channelRate })} />
            ),
          },
          {
            field: "erpVatRateId",
            label: t("erpVatRate"),
            render: ({ row, cell, set }) => (
              <ChoiceSelect
                cell={cell}
                value={row.erpVatRateId}
                choices={vatRates}
                placeholder={choose}
                onChange={(erpVatRateId) => set({ erpVatRateId })}
              />
            ),
          },
        ]}
      />
      <RowsEditor
        legend={t("unitMapping")}
        path="settings.unitMapping"
        rows={form.unitMapping}
        errors={errors}
        onChange={(rows) => onChange("unitMapping", rows)}
        blank={() => ({ rowId: newRowId(), channelUnit: "", erpUnitCode: "" })}
        columns={[
          {
            field: "channelUnit",
            label: t("channelUnit"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.channelUnit} onChange={(channelUnit) => set({ channelUnit })} />
            ),
          },
          {
            field: "erpUnitCode",
            label: t("erpUnit"),
            render: ({ row, cell, set }) => (
              <ChoiceSelect
                cell={cell}
                value={row.erpUnitCode}
                choices={units}
                placeholder={choose}
                onChange={(erpUnitCode) => set({ erpUnitCode })}
              />
            ),
          },
        ]}
      />
      <RowsEditor
        legend={t("paymentMethods")}
        path="settings.paymentMethods"
        rows={form.paymentMethods}
        errors={errors}
        onChange={(rows) => onChange("paymentMethods", rows)}
        blank={() => ({ rowId: newRowId(), channelCode: "", erpName: "", prepaid: false })}
        columns={[
          {
            field: "channelCode",
            label: t("paymentCode"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.channelCode} onChange={(channelCode) => set({ channelCode })} />
            ),
          },
          {
            field: "erpName",
            label: t("paymentErpName"),
            render: ({ row, cell, set }) => (
              <ChoiceSelect
                cell={cell}
                value={row.erpName}
                choices={paymentKinds}
                placeholder={choose}
                onChange={(erpName) => set({ erpName })}
              />
            ),
          },
          {
            field: "prepaid",
            label: t("prepaid"),
            render: ({ row, cell, set }) => (
              <input
                type="checkbox"
                {...cell}
                checked={row.prepaid}
                onChange={(e) => set({ prepaid: e.target.checked })}
              />
            ),
          },
        ]}
      />
      <RowsEditor
        legend={t("deliveryMethods")}
        hint={t("deliveryMethodsHint")}
        path="settings.deliveryMethods"
        rows={form.deliveryMethods}
        errors={errors}
        onChange={(rows) => onChange("deliveryMethods", rows)}
        blank={() => ({ rowId: newRowId(), channelCode: "", kind: "courier" as const, showroomWarehouseId: "" })}
        columns={[
          {
            field: "channelCode",
            label: t("deliveryCode"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.channelCode} onChange={(channelCode) => set({ channelCode })} />
            ),
          },
          {
            field: "kind",
            label: t("deliveryKind"),
            render: ({ row, cell, set }) => (
              <ChoiceSelect
                cell={cell}
                value={row.kind}
                choices={DELIVERY_KINDS.map((kind) => ({ value: kind, label: t(`deliveryKinds.${kind}`) }))}
                onChange={(kind) => set({ kind: DELIVERY_KINDS.find((k) => k === kind) ?? "courier" })}
              />
            ),
          },
          {
            field: "showroomWarehouseId",
            label: t("showroomWarehouse"),
            render: ({ row, cell, set }) => (
              <ChoiceSelect
                cell={cell}
                value={row.showroomWarehouseId}
                choices={showrooms}
                placeholder={t("none")}
                onChange={(showroomWarehouseId) => set({ showroomWarehouseId })}
              />
            ),
          },
        ]}
      />
      <RowsEditor
        legend={t("orderStatusMapping")}
        path="settings.orderStatusMapping"
        rows={form.orderStatusMapping}
        errors={errors}
        onChange={(rows) => onChange("orderStatusMapping", rows)}
        blank={() => ({ rowId: newRowId(), channelStatus: "", portalStatus: "" })}
        columns={[
          {
            field: "channelStatus",
            label: t("channelStatus"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.channelStatus} onChange={(channelStatus) => set({ channelStatus })} />
            ),
          },
          {
            field: "portalStatus",
            label: t("portalStatus"),
            render: ({ row, cell, set }) => (
              <TextCell cell={cell} value={row.portalStatus} onChange={(portalStatus) => set({ portalStatus })} />
            ),
          },
        ]}
      />
    </>
  );
}
