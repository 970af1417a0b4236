import { getFormatter, getTranslations } from "next-intl/server";
import { browseProducts } from "@/server/erp-data/cloud-copy/browse-products.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { loadStaffPage } from "../load-staff-page.ts";

/**
 * The products, stock and prices the portal holds for one integration of this client (its first
 * when `integrationId` is null): what the channels bound to it see.
 */
export async function ProductsView(props: {
  companyId: string;
  integrationId: string | null;
  search: { search?: string; after?: string };
}) {
  const { companyId, integrationId, search } = props;
  const { page, warehouses } = await loadStaffPage(async (actor) => ({
    page: await browseProducts({ actor, companyId, integrationId, input: search }),
    warehouses: (await getIntegration({ actor, companyId, integrationId })).settings.warehouses,
  }));
  const [t, format] = [await getTranslations("cloudCopy"), await getFormatter()];
  const last = page.products.at(-1);
  return (
    <section className="panel">
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro", { total: page.total })}</p>
      <form method="get" className="inline-form" role="search">
        <label>
          {t("search")} <input type="search" name="search" defaultValue={page.search} />
        </label>{" "}
        <button type="submit">{t("find")}</button>
      </form>
      {page.products.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("id")}</th>
              <th>{t("sku")}</th>
              <th>{t("name")}</th>
              <th>{t("ean")}</th>
              <th>{t("group")}</th>
              <th>{t("stock")}</th>
              <th>{t("price")}</th>
              <th>{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {page.products.map((p) => (
              <tr key={p.erpId} className={p.withdrawn ? "muted" : undefined}>
                <td>{p.erpId}</td>
                <td className="mono">{p.sku}</td>
                <td>
                  {p.name}
                  {p.withdrawn && <> ({t("withdrawn")})</>}
                </td>
                <td className="mono">{p.ean ?? "—"}</td>
                <td>{p.groupName ?? "—"}</td>
                <td>
                  {p.stock.length === 0
                    ? "—"
                    : p.stock.map((s) => (
                        <div key={s.warehouseId}>
                          {warehouseLabel(warehouses, s.warehouseId)}: {format.number(s.onHand)} / {t("reserved")}{" "}
                          {format.number(s.reserved)}
                        </div>
                      ))}
                </td>
                <td>{p.price1 === null ? "—" : format.number(p.price1, { style: "currency", currency: "PLN" })}</td>
                <td>{format.dateTime(p.updatedAt, { dateStyle: "short", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.more && last && (
        <p>
          <a href={`?search=${encodeURIComponent(page.search)}&after=${last.erpId}`}>{t("next")}</a>
        </p>
      )}
    </section>
  );
}
