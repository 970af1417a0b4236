import { getLocale, getTranslations } from "next-intl/server";
import type { TColumn } from "@/server/insight/reports/report-table.ts";
import type { TExportHeading } from "@/server/insight/reports/export-report.ts";
import type { TRunWords } from "@/server/insight/reports/run-report.ts";

/** The words report rows and exports carry, and column titles, in the caller's language. */
export async function getReportWords() {
  const t = await getTranslations("reports");
  const words: TRunWords = {
    erp: t("contact.erp"),
    showroom: t("contact.showroom"),
    unknownChannel: t("contact.unknownChannel"),
    anonymous: t("labels.anonymous"),
    noGroup: t("labels.noGroup"),
    noProduct: t("labels.noProduct"),
    warehouse: (id) => t("labels.warehouse", { id }),
    metric: (key) => t(`columns.${key}`),
    documentType: (type) => (t.has(`documentTypes.${type}`) ? t(`documentTypes.${type}`) : type),
    negative: t("flags.negative"),
    falling: t("flags.falling"),
  };
  const title = (column: TColumn) => column.text ?? t(`columns.${column.key}`);
  const sheet = (report: string) => (t.has(`sheets.${report}`) ? t(`sheets.${report}`) : report);
  /** What an export says above its table; a breakdown names what it is broken down by. */
  const heading = (report: string, params: URLSearchParams): TExportHeading => {
    const by = params.get("by") || "contact";
    return {
      title: report === "breakdown" && t.has(`by.${by}`) ? `${t("by.label")}: ${t(`by.${by}`)}` : sheet(report),
      period: t("export.period"),
      asOf: t("export.asOf"),
      notSynced: t("export.notSynced"),
    };
  };
  return { words, title, locale: await getLocale(), sheet, heading };
}
