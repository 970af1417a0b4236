"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

/** The report views of one company; the filters in the URL travel with the tabs. */
export function ReportTabs(props: { base: string; tabs: { path: string; label: string }[] }) {
  const pathname = usePathname();
  const search = new URLSearchParams(useSearchParams());
  for (const key of ["sort", "dir", "q", "by", "page"]) search.delete(key);
  const query = search.toString() ? `?${search.toString()}` : "";
  return (
    <nav className="tabs" aria-label="reports">
      {props.tabs.map((tab) => {
        const href = `${props.base}${tab.path}`;
        const current = tab.path === "" ? pathname === props.base : pathname.startsWith(href);
        return (
          <Link key={tab.path} href={`${href}${query}`} aria-current={current ? "page" : undefined}>
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
