import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { safeCallback } from "@/server/platform/http/safe-callback.ts";
import { LocaleSwitch } from "../locale-switch.tsx";
import { SignInForm } from "./sign-in-form.tsx";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getActor()) redirect("/");
  const t = await getTranslations("app");
  const { callbackUrl } = await searchParams;
  return (
    <main className="center">
      <div className="panel" style={{ minWidth: 340 }}>
        <h1>{t("name")}</h1>
        <p className="muted">{t("tagline")}</p>
        <SignInForm callbackUrl={safeCallback(callbackUrl)} />
        <div className="topbar" style={{ marginTop: "1rem" }}>
          <LocaleSwitch />
        </div>
      </div>
    </main>
  );
}
