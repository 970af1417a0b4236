import { getFormatter, getTranslations } from "next-intl/server";
import { listAudit } from "@/server/admin/audit/list-audit.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { auditChanges } from "./audit-changes.ts";

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A change of a few fields shows them; a creation listing every setting opens on request. */
const OPEN_UP_TO = 8;

/** A company's change history: who changed what and when, each change as its fields' before and after. */
export default async function AuditPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const entries = await loadStaffPage(async (actor) => {
    await getCompany({ actor, companyId });
    return listAudit({ actor, companyId });
  });
  const [t, words, channelWords, format] = [
    await getTranslations("audit"),
    await getTranslations("integration"),
    await getTranslations("channels"),
    await getFormatter(),
  ];
  // A setting's stored value ("courier", "store", "erp_to_portal") as the settings form words it.
  const choice = (key: string | undefined, v: string): string | null => {
    const where = {
      kind: ["deliveryKinds", "channels:kinds"],
      role: ["roles"],
      erpName: ["paymentKinds"],
      direction: ["directions"],
      productIdentifier: ["choices.productIdentifier"],
      clickAndCollect: ["choices.clickAndCollect"],
      saleDocumentWithoutNip: ["choices.saleDocumentWithoutNip"],
    }[key ?? ""];
    for (const namespace of where ?? []) {
      const [book, prefix] = namespace.startsWith("channels:")
        ? [channelWords, namespace.slice(9)]
        : [words, namespace];
      if (book.has(`${prefix}.${v}`)) return book(`${prefix}.${v}`);
    }
    return null;
  };
  // A key in words where the history has them; a row number as such; else the key as stored.
  const field = (path: string[]) =>
    path
      .map((key) =>
        /^\d+$/.test(key) ? t("row", { n: Number(key) + 1 }) : t.has(`fields.${key}`) ? t(`fields.${key}`) : key,
      )
      .join(" › ");
  const value = (path: string[], v: unknown): string => {
    if (typeof v === "string") {
      const chosen = choice(path.at(-1), v);
      if (chosen) return chosen;
    }
    if (v === undefined || v === null || (typeof v === "object" && Object.keys(v).length === 0)) return "—";
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number") return format.number(v);
    if (typeof v === "string" && ISO_TIME.test(v))
      return format.dateTime(new Date(v), { dateStyle: "short", timeStyle: "short" });
    return typeof v === "string" ? v : JSON.stringify(v);
  };
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
            {entries.map((entry) => {
              const changes = auditChanges(entry);
              return (
                <tr
                  key={entry.id}
                  data-testid={`audit-${entry.id}`}
                  data-entity={entry.entity}
                  data-action={entry.action}
                >
                  <td>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                  {/* Entries whose user could not be read at the time store "unknown". */}
                  <td>{entry.actorEmail === "unknown" ? t("unknownActor") : entry.actorEmail}</td>
                  <td>{t.has(`entities.${entry.entity}`) ? t(`entities.${entry.entity}`) : entry.entity}</td>
                  <td>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
                  <td>
                    {changes.length === 0 ? (
                      "—"
                    ) : (
                      <details open={changes.length <= OPEN_UP_TO}>
                        <summary>{t("fieldCount", { count: changes.length })}</summary>
                        <table className="audit-changes">
                          <thead>
                            <tr>
                              <th>{t("field")}</th>
                              <th>{t("before")}</th>
                              <th>{t("after")}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {changes.map((change) => (
                              <tr key={change.path.join(".")}>
                                <td>{field(change.path)}</td>
                                <td>{value(change.path, change.before)}</td>
                                <td>{value(change.path, change.after)}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
