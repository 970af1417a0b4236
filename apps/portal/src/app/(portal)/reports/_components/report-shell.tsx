import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { getFieldErrorTexts } from "../../_components/field-error-text.ts";
import { getDataAsOf } from "@/server/insight/reports/get-data-as-of.ts";
import { listReportOptions } from "@/server/insight/reports/list-report-options.ts";
import type { TReportContext } from "@/server/insight/reports/load-report-context.ts";
import { BUCKETS, formatDay, periodPresets, polishDay } from "@/server/insight/reports/report-period.ts";
import { getReportActor } from "./load-report-page.ts";
import type { TSearchParams } from "./query.ts";
import { formatPeriod } from "./format-bucket.ts";
import { FilterBar } from "./filter-bar.tsx";
import { ReportTabs } from "./report-tabs.tsx";
import styles from "../reports.module.css";

const TABS = ["", "/sales", "/margins", "/customers"] as const;

type TShellProps = {
  companyId: string;
  errors: TFieldErrors;
  searchParams: TSearchParams;
  /** The report's context, when the page read it (not read again). */
  context?: TReportContext;
};

/**
 * What the shell shows that the database holds: the filter bar's options and how fresh the
 * figures are. Started by openReportPage before the report itself is read, so the two run side by
 * side rather than one after the other.
 */
export async function loadShellData(props: TShellProps) {
  const actor = await getReportActor();
  if (!actor) redirect("/signin");
  const chosen = props.errors.integration ? undefined : props.searchParams.integration;
  // A malformed source id is the report's field error; the bar then offers every source.
  const integrationId = typeof chosen === "string" && chosen ? chosen : undefined;
  const listed = listReportOptions({ actor, companyId: props.companyId, integrationId, context: props.context });
  // With the page's context the company is the caller's already: its freshness is read alongside.
  const [options, asOf] = await Promise.all([
    listed.catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    props.context ? getDataAsOf({ companyId: props.context.company.id }) : null,
  ]);
  return { actor, options, asOf: asOf ?? (await getDataAsOf({ companyId: options.context.company.id })) };
}

/**
 * The company's name, how fresh its figures are, the report tabs and the filter bar above every
 * report view.
 */
export async function ReportShell(props: TShellProps & { data: ReturnType<typeof loadShellData> }) {
  const errors = (await getFieldErrorTexts())(props.errors);
  const { actor, options, asOf } = await props.data;
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const chosen = (key: string) => (typeof props.searchParams[key] === "string" ? String(props.searchParams[key]) : "");
  const today = polishDay(new Date());
  const base = `/reports/${options.context.company.id}`;
  const stamp = asOf.syncedAt
    ? t("asOf.synced", { at: format.dateTime(asOf.syncedAt, { dateStyle: "medium", timeStyle: "short" }) })
    : asOf.lastSaleDay
      ? t("asOf.notSynced", { day: formatPeriod(format, formatDay(asOf.lastSaleDay), formatDay(asOf.lastSaleDay)) })
      : t("asOf.noData");
  const last12 = periodPresets(today).find((p) => p.value === "last12")?.from ?? "";
  const filtered = ["contact", "integration", "warehouse", "group", "product", "customer"].filter((key) =>
    chosen(key),
  ).length;
  const summary = [
    formatPeriod(format, chosen("from") || last12, chosen("to") || formatDay(today)),
    t(`buckets.${BUCKETS.find((b) => b === chosen("bucket")) ?? "month"}`),
    ...(filtered > 0 ? [t("filters.active", { count: filtered })] : []),
  ].join(" · ");
  const tabLabels = {
    "": t("tabs.overview"),
    "/sales": t("tabs.sales"),
    "/margins": t("tabs.margins"),
    "/customers": t("tabs.customers"),
  };
  return (
    <>
      <header className={`page-header ${styles.header}`}>
        <div>
          <p className="muted">{t("title")}</p>
          <h1>{options.context.company.name}</h1>
        </div>
        {actor.role === "STAFF" && <Link href="/reports">{t("otherClient")}</Link>}
      </header>
      <p className="muted" data-testid="data-as-of" data-synced={asOf.syncedAt?.toISOString() ?? ""}>
        {stamp}
      </p>
      <ReportTabs base={base} tabs={TABS.map((path) => ({ path, label: tabLabels[path] }))} />
      <FilterBar
        labels={{
          form: t("filters.label"),
          period: t("filters.period"),
          from: t("filters.from"),
          to: t("filters.to"),
          bucket: t("filters.bucket"),
          contact: t("filters.contact"),
          integration: t("filters.integration"),
          needsSource: t("filters.needsSource"),
          warehouse: t("filters.warehouse"),
          group: t("filters.group"),
          apply: t("filters.apply"),
          clear: t("filters.clear"),
          all: t("filters.all"),
          custom: t("filters.custom"),
          toggle: t("filters.toggle"),
        }}
        summary={summary}
        presets={periodPresets(today).map((p) => ({ ...p, label: t(`presets.${p.value}`) }))}
        defaults={{
          from: last12,
          to: formatDay(today),
          bucket: "month",
        }}
        buckets={BUCKETS.map((b) => ({ value: b, label: t(`buckets.${b}`) }))}
        contacts={[
          { value: "erp", label: t("contact.erp") },
          { value: "showroom", label: t("contact.showroom") },
          { value: "channel", label: t("contact.anyChannel") },
          ...options.channels.map((c) => ({ value: `channel:${c.id}`, label: c.name })),
          { value: "channel:unknown", label: t("contact.unknownChannel") },
        ]}
        sources={options.sources.map((s) => ({ value: s.id, label: s.name }))}
        sourceChosen={options.context.integrationIds.length === 1}
        warehouses={options.warehouses.map((w) => ({
          value: String(w.id),
          label: `${w.name ?? t("labels.warehouse", { id: w.id })}${w.showroom ? ` (${t("contact.showroom")})` : ""}`,
        }))}
        groups={options.groups.map((g) => ({ value: String(g.id), label: g.name }))}
        errors={errors}
      />
      {Object.keys(errors).length > 0 && (
        <section className="panel" role="alert">
          <p className="form-error">{t("invalidFilters")}</p>
          <ul>
            {Object.entries(errors).map(([field, messages]) => (
              <li key={field}>
                {t.has(`filters.${field}`) ? t(`filters.${field}`) : field}: {messages.join(", ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
