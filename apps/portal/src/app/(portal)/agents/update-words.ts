"use client";

import { useTranslations } from "next-intl";
import type { TAgentUpdateView } from "@/server/admin/agent-updates/list-agent-updates.ts";

/** An update's state in words: progress, outcome, and for a refusal or rollback why, per error code. */
export function useUpdateWords(): (update: TAgentUpdateView) => string {
  const t = useTranslations("agentUpdates");
  return (update) => {
    const version = update.version;
    const reason =
      update.errorCode && t.has(`reason.${update.errorCode}`)
        ? t(`reason.${update.errorCode}`)
        : (update.errorMessage ?? "");
    switch (update.state) {
      case "PENDING":
        return t("state.PENDING", { version });
      case "DOWNLOADING":
        return t("state.DOWNLOADING", {
          version,
          percent: Math.floor(((update.receivedBytes ?? 0) / Math.max(1, update.size)) * 100),
        });
      case "ROLLED_BACK":
      case "REFUSED":
        return t(`state.${update.state}`, { version, reason });
      default:
        return t(`state.${update.state}`, { version });
    }
  };
}
