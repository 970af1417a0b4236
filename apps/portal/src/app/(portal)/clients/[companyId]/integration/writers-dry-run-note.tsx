"use client";

import { useTranslations } from "next-intl";
import type { TDocumentWriters } from "@/server/settings/integration-settings.ts";

/**
 * Why a preview or the wizard's write check of a document chosen for Sfera goes through the SQL
 * writer all the same: Sfera saves for good, only the SQL writer's transaction can be rolled back
 * (the portal sends every dry run to it: server/orders/step-command.ts). Shown once Sfera is chosen.
 */
export function WritersDryRunNote({ writers }: { writers: TDocumentWriters }) {
  const t = useTranslations("integration.writersDryRun");
  if (!Object.values(writers).includes("sfera")) return null;
  return (
    <p className="muted" data-testid="writers-dry-run-note">
      {t("note")}
    </p>
  );
}
