"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TNavItem = { href: string; label: string };

export function NavLinks({ items }: { items: TNavItem[] }) {
  const pathname = usePathname();
  return items.map((item) => (
    <Link key={item.href} href={item.href} aria-current={pathname.startsWith(item.href) ? "page" : undefined}>
      {item.label}
    </Link>
  ));
}
