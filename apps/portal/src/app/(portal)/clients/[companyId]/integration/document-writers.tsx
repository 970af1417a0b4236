"use client";

import { useTranslations } from "next-intl";
import {
  WRITER_CAPABILITIES,
  WRITER_DOCUMENTS,
  type TDocumentWriters,
} from "@/server/settings/integration-settings.ts";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import { WritersDryRunNote } from "./writers-dry-run-note.tsx";

const WRITERS = ["sql", "sfera"] as const;

/**
 * Which writer issues each document, with what each writer can do beside the choice (the
 * integration settings and the setup wizard's documents step show the same).
 */
export function DocumentWriters(props: {
  writers: TDocumentWriters;
  errors: TFieldErrors;
  onChange: (writers: TDocumentWriters) => void;
}) {
  const t = useTranslations("integration.writers");
  return (
    <fieldset className="panel stack-fields">
      <legend>{t("legend")}</legend>
      {WRITER_DOCUMENTS.map((document) => {
        const path = `settings.writers.${document}`;
        return (
          <label key={document}>
            {t(`documents.${document}`)}
            <select
              value={props.writers[document]}
              onChange={(e) => {
                const chosen = WRITERS.find((w) => w === e.target.value);
                if (chosen) props.onChange({ ...props.writers, [document]: chosen });
              }}
              {...invalidProps(props.errors, path)}
            >
              {WRITERS.map((writer) => (
                <option key={writer} value={writer}>
                  {t(`names.${writer}`)}
                </option>
              ))}
            </select>
            <FieldError errors={props.errors} path={path} />
          </label>
        );
      })}
      <dl className="muted">
        {WRITERS.map((writer) => (
          <div key={writer}>
            <dt>{t(`names.${writer}`)}</dt>
            <dd>
              {t("capabilities", {
                fiscal: WRITER_CAPABILITIES[writer].fiscalReceipt,
                dryRun: String(WRITER_CAPABILITIES[writer].dryRun),
                numbering: WRITER_CAPABILITIES[writer].numbering,
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t("sferaNeeds")}</p>
      <WritersDryRunNote writers={props.writers} />
    </fieldset>
  );
}
