"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A secret the server keeps only hashed or sealed: visible now, with a way to copy it, and never again. */
export function ShownOnce(props: { title: string; secret: string; testId: string }) {
  const t = useTranslations("channels");
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(props.secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="panel shown-once" role="status">
      <h4>{props.title}</h4>
      <p>
        <code data-testid={props.testId} className="secret">
          {props.secret}
        </code>
      </p>
      <p className="muted">{t("shownOnce")}</p>
      <p className="row-actions">
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t("copy")}
        </button>
        {copied !== null && <span>{copied ? t("copied") : t("copyFailed")}</span>}
      </p>
    </div>
  );
}
