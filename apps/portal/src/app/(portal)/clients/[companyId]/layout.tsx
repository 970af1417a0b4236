import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { ClientTabs } from "./client-tabs.tsx";

const TABS = [
  ["", "dashboard"],
  ["/setup", "setup"],
  ["/details", "details"],
  ["/integration", "integration"],
  ["/sync", "sync"],
  ["/channels", "channels"],
  ["/products", "products"],
  ["/spec", "spec"],
  ["/audit", "audit"],
] as const;

export default async function CompanyLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ companyId: string }>;
}) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const { companyId } = await params;
  const company = await getCompany({ actor, companyId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, orders] = [await getTranslations("clients"), await getTranslations("orders")];
  const base = `/clients/${company.id}`;
  return (
    <>
      <header className="page-header">
        <p>
          <Link href="/clients">{t("back")}</Link>
        </p>
        <h1>{company.name}</h1>
        {actor.role === "STAFF" && (
          <ClientTabs
            label={t("tabs.label")}
            tabs={[
              ...TABS.map(([path, key]) => ({ href: `${base}${path}`, label: t(`tabs.${key}`) })),
              { href: `/orders?companyId=${company.id}`, label: orders("clientTab") },
            ]}
          />
        )}
      </header>
      {children}
    </>
  );
}
