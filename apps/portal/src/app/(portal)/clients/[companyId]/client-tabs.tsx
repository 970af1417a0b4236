"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TClientTab = { href: string; label: string };

/** The sections of one client; the first (the dashboard) is current only on its own path. */
export function ClientTabs({ tabs, label }: { tabs: TClientTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab, index) => {
        const current = index === 0 ? pathname === tab.href : pathname.startsWith(tab.href);
        return (
          <Link key={tab.href} href={tab.href} aria-current={current ? "page" : undefined}>
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
