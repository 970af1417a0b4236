import type { TSferaHealth } from "@erp-bridge/shared";
import { useFormatter, useTranslations } from "next-intl";

/**
 * The Sfera bridge's health as the agent last reported it: ready (operator, Subiekt version, last
 * save, queue), starting (since when: cold starts take up to ~90 s) or down (Sfera's reason folded away).
 * Nothing for an agent without the Sfera writer.
 */
export function SferaHealth({ health }: { health: TSferaHealth | null }) {
  const t = useTranslations("agents.sfera");
  const technical = useTranslations("technicalDetail");
  const format = useFormatter();
  if (!health) return null;
  const since = format.relativeTime(new Date(health.since));
  const details =
    health.state === "ready"
      ? t("ready", {
          operator: health.operator ?? "?",
          version: health.subiektVersion ?? "?",
          lastSave: health.lastSaveAt ? format.relativeTime(new Date(health.lastSaveAt)) : t("noSave"),
          queue: health.queueLength,
        })
      : health.state === "starting"
        ? t("starting", { since, queue: health.queueLength })
        : t("down", { since });
  // Sfera's own words (Subiekt's, in English or Polish as it wrote them) fold away under a label.
  const reason = health.state === "down" ? (health.lastError?.message ?? null) : null;
  return (
    <span className={health.state === "ready" ? "muted" : "field-error"} data-sfera-state={health.state}>
      {t("label")}: {details}
      {reason && (
        <details className="technical-detail">
          <summary>{technical("summary")}</summary>
          <code lang="und">{reason}</code>
        </details>
      )}
    </span>
  );
}
