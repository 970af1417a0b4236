import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { getDataFreshness } from "@/server/insight/home/get-data-freshness.ts";
import { recordHomeVisit } from "@/server/insight/home/record-home-visit.ts";
import type { TSearchParams } from "../reports/_components/query.ts";
import ReportOverview from "../reports/[companyId]/page.tsx";

/**
 * A client user's landing page: how current their figures are and what came in since their last
 * visit, then their sales overview, the same page as under Reports (its filters work here too).
 */
export default async function ClientHome(props: { searchParams: Promise<TSearchParams> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  // Staff look after many clients: their start is the list of them.
  if (actor.role !== "CLIENT") redirect("/clients");
  const since = await recordHomeVisit({ actor });
  const freshness = await getDataFreshness({ actor, companyId: actor.companyId, since });
  const [t, format] = [await getTranslations("home"), await getFormatter()];
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const { changes } = freshness;
  return (
    <>
      <section className="panel home-freshness" data-testid="home-freshness">
        <p data-testid="data-as-of">
          {freshness.dataAsOf ? t("dataAsOf", { when: when(freshness.dataAsOf) }) : t("notSyncedYet")}
        </p>
        {freshness.syncFailing && <p className="field-error">{t("syncFailing")}</p>}
        <p data-testid="since-last-visit">
          {freshness.since === null || changes === null
            ? t("firstVisit")
            : changes.documents === 0
              ? t("nothingNew", { when: when(freshness.since) })
              : t("changes", {
                  when: when(freshness.since),
                  count: changes.documents,
                  net: format.number(Number(changes.net), { style: "currency", currency: "PLN" }),
                })}
        </p>
      </section>
      <ReportOverview params={Promise.resolve({ companyId: actor.companyId })} searchParams={props.searchParams} />
    </>
  );
}
