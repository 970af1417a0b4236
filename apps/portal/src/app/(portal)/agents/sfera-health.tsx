import type { TSferaHealth } from "@erp-bridge/shared";
import { useFormatter, useTranslations } from "next-intl";

/**
 * The Sfera bridge's health as the agent last reported it: ready (operator, Subiekt version, last
 * save, queue), starting (since when: cold starts take up to ~90 s) or down with the reason.
 * Nothing for an agent without the Sfera writer.
 */
export function SferaHealth({ health }: { health: TSferaHealth | null }) {
  const t = useTranslations("agents.sfera");
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
        : t("down", { since, reason: health.lastError?.message ?? t("noReason") });
  return (
    <span className={health.state === "ready" ? "muted" : "field-error"} data-sfera-state={health.state}>
      {t("label")}: {details}
    </span>
  );
}
