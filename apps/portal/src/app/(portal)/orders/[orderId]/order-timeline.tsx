import { getFormatter, getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";
import { storedProblem } from "@/server/orders/order-problem.ts";
import { erpErrorText } from "../_components/erp-error-text.ts";

/** Everything that happened to the order, oldest first: what, who, and when. */
export async function OrderTimeline({ order }: { order: TStaffOrder }) {
  const [t, orders, format] = [
    await getTranslations("orders.timeline"),
    await getTranslations("orders"),
    await getFormatter(),
  ];
  const who = (actor: string) => {
    if (actor.startsWith("staff:")) return actor.slice("staff:".length);
    if (actor === "channel") return t("actor.channel", { name: order.channel.name });
    return t.has(`actor.${actor}`) ? t(`actor.${actor}`) : actor;
  };
  return (
    <section className="panel" aria-labelledby="order-timeline">
      <h2 id="order-timeline">{t("title")}</h2>
      <ol className="timeline" aria-labelledby="order-timeline">
        {order.view.timeline.map((event, index) => (
          <li key={index} data-type={event.type}>
            <time dateTime={event.at}>
              {format.dateTime(new Date(event.at), { dateStyle: "short", timeStyle: "medium" })}
            </time>
            <div>
              <strong>{t.has(`events.${event.type}`) ? t(`events.${event.type}`) : event.type}</strong>{" "}
              <span className="muted">{t("by", { who: who(event.actor) })}</span>
              <p>
                {erpErrorText(orders, storedProblem({ code: event.code, params: event.params, text: event.message }))}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
