"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { TApiKeyView } from "@/server/channels/api-keys/api-key-view.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import { createApiKeyAction, revokeApiKeyAction, type TSecretResult } from "./channel-actions.ts";
import { ShownOnce } from "./shown-once.tsx";

/** A channel's API keys: the list, a new key (shown once), and revoking. */
export function ApiKeys(props: { companyId: string; channelId: string; keys: TApiKeyView[]; disabled: boolean }) {
  const t = useTranslations("channels");
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [result, setResult] = useState<TSecretResult | null>(null);
  const scope = `key-${props.channelId}-`;
  const errors = result && "fieldErrors" in result ? (result.fieldErrors ?? {}) : {};
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "—");
  const create = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const answer = await createApiKeyAction(props.companyId, props.channelId, name);
      setResult(answer);
      if ("secret" in answer) setName("");
    });
  };
  const revoke = (key: TApiKeyView) => {
    if (!window.confirm(t("revokeConfirm", { name: key.name }))) return;
    startTransition(() => revokeApiKeyAction(props.companyId, key.id));
  };
  return (
    <div className="api-keys">
      <h4>{t("apiKeys")}</h4>
      {props.keys.length === 0 ? (
        <p className="muted">{t("noKeys")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("keyName")}</th>
              <th>{t("key")}</th>
              <th>{t("keyCreated")}</th>
              <th>{t("keyLastUsed")}</th>
              <th>{t("keyState")}</th>
              <th>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.keys.map((key) => (
              <tr key={key.id} data-testid={`api-key-${key.id}`}>
                <td>{key.name}</td>
                <td>
                  <code>{key.display}</code>
                </td>
                <td>{when(key.createdAt)}</td>
                <td>{when(key.lastUsedAt)}</td>
                <td>{key.revokedAt ? t("revokedAt", { when: when(key.revokedAt) }) : t("active")}</td>
                <td>
                  {!key.revokedAt && (
                    <button
                      type="button"
                      className="link danger"
                      disabled={pending}
                      aria-label={t("revokeKey", { name: key.name })}
                      onClick={() => revoke(key)}
                    >
                      {t("revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!props.disabled && (
        <form className="inline-form" onSubmit={create} noValidate>
          <label>
            {t("keyName")}
            <input value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(errors, "name", scope)} />
            <FieldError errors={errors} path="name" scope={scope} />
          </label>
          <button type="submit" disabled={pending}>
            {t("newKey")}
          </button>
        </form>
      )}
      {result && "formError" in result && result.formError && (
        <p role="alert" className="form-error">
          {result.formError}
        </p>
      )}
      {result && "secret" in result && (
        <ShownOnce title={t("newKeyTitle")} secret={result.secret} testId="api-key-secret" />
      )}
    </div>
  );
}
