import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { LocaleSwitch } from "../locale-switch.tsx";
import { NavigationFeedback } from "./_components/navigation-feedback.tsx";
import { NavLinks, type TNavItem } from "./nav-links.tsx";
import { SignOutButton } from "./sign-out-button.tsx";

const STAFF_NAV = ["clients", "integrations", "agents", "orders", "sync", "reports"] as const;
// Client users see their sales in reports; orders are handled by staff and the channels.
const CLIENT_NAV = ["home", "reports"] as const;

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const t = await getTranslations();
  const keys = actor.role === "STAFF" ? STAFF_NAV : CLIENT_NAV;
  const items: TNavItem[] = keys.map((key) => ({ href: `/${key}`, label: t(`nav.${key}`) }));
  return (
    <div className="shell">
      <Suspense>
        <NavigationFeedback label={t("loading.navigating")} />
      </Suspense>
      <nav className="sidebar" aria-label="main">
        <div className="brand">{t("app.name")}</div>
        <NavLinks items={items} />
      </nav>
      <div className="main">
        <header className="topbar">
          <LocaleSwitch />
          <SignOutButton label={t("nav.signOut")} />
        </header>
        <main>{children}</main>
      </div>
    </div>
  );
}
