"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TAgentUpdateView } from "@/server/admin/agent-updates/list-agent-updates.ts";
import { cancelAgentUpdateAction, startAgentUpdateAction } from "./update-actions.ts";
import { useUpdateWords } from "./update-words.ts";

const CANCELLABLE = new Set(["PENDING", "DOWNLOADING"]);

/** One agent's update: where the latest one stands, in words, and the buttons staff may press. */
export function AgentUpdateCell(props: { agentId: string; update: TAgentUpdateView | null; available: string | null }) {
  const t = useTranslations("agentUpdates");
  const words = useUpdateWords();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { update, available } = props;
  const running = update !== null && update.finishedAt === null;
  const start = () =>
    startTransition(async () => setError((await startAgentUpdateAction(props.agentId)).error ?? null));
  const cancel = (updateId: string) =>
    startTransition(async () => setError((await cancelAgentUpdateAction(updateId)).error ?? null));
  return (
    <div className="stack" data-testid={`agent-update-${props.agentId}`}>
      {update && (
        <span data-testid="update-state" data-state={update.state} title={update.errorMessage ?? undefined}>
          {words(update)}
        </span>
      )}
      <div className="row-actions">
        {available && !running && (
          <button type="button" className="link" disabled={pending} onClick={start}>
            {t("updateTo", { version: available })}
          </button>
        )}
        {update && running && CANCELLABLE.has(update.state) && (
          <button type="button" className="link danger" disabled={pending} onClick={() => cancel(update.id)}>
            {t("cancel")}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
