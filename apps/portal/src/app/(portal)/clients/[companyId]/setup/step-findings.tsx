"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import type { TStepFindings } from "@/server/erp-data/setup/check-setup-step.ts";
import { DryRunPreview } from "../../../orders/[orderId]/dry-run-preview.tsx";

/** What a passed check found in the ERP, so the implementer sees the setting at work. */
export function StepFindings({
  findings,
  warehouses,
}: {
  findings: TStepFindings;
  warehouses: TIntegrationSettings["warehouses"];
}) {
  const t = useTranslations("setup.findings");
  const format = useFormatter();
  switch (findings.step) {
    case "agent":
      return (
        <p role="status" className="notice">
          {/* Reached only with the ERP reachable; the agent's own status line is English. */}
          {t("agent", { name: findings.agentName, server: findings.erp.server ?? "other" })}
        </p>
      );
    case "scope":
      return (
        <p role="status" className="notice">
          {t("scope")}
        </p>
      );
    case "warehouses": {
      const names = (list: { code: string; name: string }[]) =>
        list.length === 0 ? "—" : list.map((w) => `${w.code} (${w.name})`).join(", ");
      return (
        <p role="status" className="notice">
          {t("warehouses", { stores: names(findings.stores), showrooms: names(findings.showrooms) })}
        </p>
      );
    }
    case "identification":
      return (
        <div role="status" className="panel">
          <p className="notice">{t("identification", { count: findings.products.length })}</p>
          <div className="table-scroll">
            <table aria-label={t("productsLabel")}>
              <thead>
                <tr>
                  <th>{t("sku")}</th>
                  <th>{t("name")}</th>
                  <th>{t("ean")}</th>
                  <th className="num">{t("vat")}</th>
                  <th>{t("stock")}</th>
                </tr>
              </thead>
              <tbody>
                {findings.products.map((product) => (
                  <tr key={product.id}>
                    <td className="mono">{product.sku}</td>
                    <td>{product.name}</td>
                    <td className="mono">{product.ean ?? "—"}</td>
                    <td className="num">{`${format.number(product.vatRate)}%`}</td>
                    <td>
                      {product.stock
                        .map(
                          (s) =>
                            `${warehouseLabel(warehouses, s.warehouseId)}: ${format.number(s.available)} ${product.unit}`,
                        )
                        .join(", ") || "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      );
    case "workflow":
      return (
        <>
          <DryRunPreview result={findings.dryRun} orderTotal={findings.orderTotal} />
          <p role="status" className="notice">
            {t("workflow", { document: findings.saleDocument })}{" "}
            {findings.transferTo &&
              t("transfer", { warehouse: `${findings.transferTo.code} (${findings.transferTo.name})` })}
          </p>
        </>
      );
  }
}
