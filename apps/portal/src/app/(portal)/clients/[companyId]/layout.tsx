import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { ClientTabs } from "./client-tabs.tsx";
import { loadStaffPage } from "./load-staff-page.ts";

const TABS = [
  ["", "dashboard"],
  ["/setup", "setup"],
  ["/details", "details"],
  ["/integrations", "integrations"],
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
  const { companyId } = await params;
  // A client user's pages are their landing page and reports: a client's configuration is staff's.
  const company = await loadStaffPage((actor) => getCompany({ actor, companyId }));
  const [t, orders] = [await getTranslations("clients"), await getTranslations("orders")];
  const base = `/clients/${company.id}`;
  return (
    <>
      <header className="page-header no-print">
        <p>
          <Link href="/clients">{t("back")}</Link>
        </p>
        <h1>{company.name}</h1>
        <ClientTabs
          label={t("tabs.label")}
          tabs={[
            ...TABS.map(([path, key]) => ({ href: `${base}${path}`, label: t(`tabs.${key}`) })),
            { href: `/orders?companyId=${company.id}`, label: orders("clientTab") },
          ]}
        />
      </header>
      {children}
    </>
  );
}
