import { getFormatter, getTranslations } from "next-intl/server";
import { listAudit } from "@/server/admin/audit/list-audit.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { loadStaffPage } from "../load-staff-page.ts";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export default async function AuditPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const entries = await loadStaffPage(async (actor) => {
    await getCompany({ actor, companyId });
    return listAudit({ actor, companyId });
  });
  const [t, format] = [await getTranslations("audit"), await getFormatter()];
  return (
    <section className="panel">
      <h2>{t("title")}</h2>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="audit">
          <thead>
            <tr>
              <th>{t("when")}</th>
              <th>{t("who")}</th>
              <th>{t("entity")}</th>
              <th>{t("action")}</th>
              <th>{t("changes")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid={`audit-${entry.id}`}>
                <td>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td>{entry.actorEmail}</td>
                <td>
                  {t.has(`entities.${entry.entity}`) ? t(`entities.${entry.entity}`) : entry.entity}
                  {entry.entityId && <div className="muted mono">{entry.entityId}</div>}
                </td>
                <td>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
                <td>
                  {entry.before === null && entry.after === null ? (
                    "—"
                  ) : (
                    <details>
                      <summary>{t("show")}</summary>
                      <div className="diff">
                        <div>
                          <h4>{t("before")}</h4>
                          <pre>{entry.before === null ? "—" : json(entry.before)}</pre>
                        </div>
                        <div>
                          <h4>{t("after")}</h4>
                          <pre>{entry.after === null ? "—" : json(entry.after)}</pre>
                        </div>
                      </div>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
