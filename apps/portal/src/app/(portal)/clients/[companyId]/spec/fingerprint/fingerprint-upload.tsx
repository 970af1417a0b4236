"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FINGERPRINT_MAX_BYTES } from "@erp-bridge/shared";

type TUploadError = { error?: { code?: string; message?: string; fields?: Record<string, string[]> } };

/**
 * Sends the file `agent doctor --report` wrote, unchanged, as the upload route's JSON body; a file
 * the portal refuses is explained by its first wrong field.
 */
export function FingerprintUpload({ companyId }: { companyId: string }) {
  const t = useTranslations("fingerprint");
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({
    busy: false,
    message: null,
    ok: false,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    const max = FINGERPRINT_MAX_BYTES / (1024 * 1024);
    if (file.size > FINGERPRINT_MAX_BYTES) return setState({ busy: false, ok: false, message: t("tooLarge", { max }) });
    setState({ busy: true, ok: false, message: null });
    const response = await fetch(`/api/companies/${companyId}/erp-fingerprint`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: await file.text(),
    });
    if (response.ok) {
      setState({ busy: false, ok: true, message: t("saved") });
      return router.refresh();
    }
    const { error } = ((await response.json().catch(() => ({}))) as TUploadError) ?? {};
    const [field, messages] = Object.entries(error?.fields ?? {})[0] ?? [];
    const message =
      response.status === 413
        ? t("tooLarge", { max })
        : field === "_"
          ? t("notJson")
          : field
            ? t("badField", { field, message: messages?.join(", ") ?? "" })
            : t("failed", { message: error?.message ?? String(response.status) });
    setState({ busy: false, ok: false, message });
  }

  return (
    <form className="panel" onSubmit={(event) => void submit(event)} data-testid="fingerprint-upload">
      <h3>{t("upload")}</h3>
      <label>
        {t("file")} <input type="file" name="file" accept=".json,application/json" required />
      </label>{" "}
      <button type="submit" disabled={state.busy}>
        {state.busy ? t("sending") : t("send")}
      </button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "field-error"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
