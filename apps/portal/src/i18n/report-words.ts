import { getLocale, getTranslations } from "next-intl/server";
import type { TColumn } from "@/server/insight/reports/report-table.ts";
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
    negative: t("flags.negative"),
    falling: t("flags.falling"),
  };
  const title = (column: TColumn) => column.text ?? t(`columns.${column.key}`);
  return { words, title, locale: await getLocale(), sheet: (report: string) => t(`sheets.${report}`) };
}
