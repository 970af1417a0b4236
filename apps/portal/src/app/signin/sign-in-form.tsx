"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formText } from "@/server/platform/http/form-text.ts";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: formText(form, "email"),
      password: formText(form, "password"),
      redirect: false,
    });
    setPending(false);
    if (!result?.ok) return setFailed(true);
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        // A network failure in signIn shows as a failed sign-in instead of an unhandled rejection.
        onSubmit(event).catch(() => {
          setPending(false);
          setFailed(true);
        });
      }}
    >
      <h2>{t("title")}</h2>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {failed && (
        <p role="alert" className="form-error">
          {t("failed")}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
