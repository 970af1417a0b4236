import { ORDER_STATUSES } from "@erp-bridge/shared";
import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { ERP_STATES, ordersHref, type TOrdersQuery } from "./orders-query.ts";

/** The list's filters, kept in the URL (a GET form), so a filtered list can be linked and reloaded. */
export async function OrderFilters(props: {
  query: TOrdersQuery;
  companies: { id: string; name: string }[];
  errors: TFieldErrors;
}) {
  const t = await getTranslations("orders");
  const { query, errors } = props;
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true as const } : {});
  return (
    <Form
      action="/orders"
      className="inline-form order-filters"
      aria-label={t("filters.label")}
      key={ordersHref(query)}
    >
      {query.view === "errors" && <input type="hidden" name="view" value="errors" />}
      <label>
        {t("filters.client")}
        <select name="companyId" defaultValue={query.companyId ?? ""} {...invalid("companyId")}>
          <option value="">{t("filters.anyClient")}</option>
          {props.companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.status")}
        <select name="status" defaultValue={query.status ?? ""}>
          <option value="">{t("filters.anyStatus")}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {query.view === "all" && (
        <label>
          {t("filters.erpState")}
          <select name="erpState" defaultValue={query.erpState ?? ""} {...invalid("erpState")}>
            <option value="">{t("filters.anyErpState")}</option>
            {ERP_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`erpState.${state.toLowerCase()}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t("filters.search")}
        <input
          type="search"
          name="search"
          defaultValue={query.search ?? ""}
          placeholder={t("filters.searchHint")}
          {...invalid("search")}
        />
      </label>
      <button type="submit">{t("filters.apply")}</button>
      <Link href={ordersHref({ view: query.view })}>{t("filters.clear")}</Link>
    </Form>
  );
}
