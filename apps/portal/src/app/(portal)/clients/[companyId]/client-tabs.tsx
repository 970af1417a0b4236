"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TClientTab = { href: string; label: string };

/** Sections as tabs (a client's, an integration's); the first is current only on its own path. */
export function ClientTabs({ tabs, label }: { tabs: TClientTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab, index) => {
        // "/integration" is not current on "/integrations/…": a tab owns its path and what is below it.
        const below = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
        const current = index === 0 ? pathname === tab.href : below;
        return (
          <Link key={tab.href} href={tab.href} aria-current={current ? "page" : undefined}>
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
