"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** Past this a navigation that never changed the URL (the same filters again) stops saying it loads. */
const GIVE_UP_MS = 15_000;

/**
 * Feedback within a frame of any navigation: a link to another page of the portal or a filter form
 * sent. Pages render on the server and may take a second or two; until the new URL is shown, a bar
 * at the top and a status line say that it is loading, and the page being left fades.
 *
 * Not `loading.tsx`: a route with one streams its answer, so the status is sent before the page
 * runs, and a page refused with notFound() (another company's, a staff page for a client user)
 * would answer 200 instead of 404.
 */
export function NavigationFeedback({ label }: { label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [pending, setPending] = useState(false);
  useEffect(() => setPending(false), [pathname, search]);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(false), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest("a[href]");
      if (link instanceof HTMLAnchorElement && leadsToAnotherPage(link)) setPending(true);
    };
    const onSubmit = (event: SubmitEvent) => {
      // A server action's form posts and says so itself; a GET form (filters) navigates.
      if (event.target instanceof HTMLFormElement && isFilterForm(event.target)) setPending(true);
    };
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);
  if (!pending) return null;
  return (
    <div className="navigation-pending" role="status" data-testid="navigation-pending">
      <span className="navigation-bar" aria-hidden="true" />
      <span className="navigation-label">{label}</span>
    </div>
  );
}

function leadsToAnotherPage(link: HTMLAnchorElement): boolean {
  if (link.target || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/downloads/")) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

function isFilterForm(form: HTMLFormElement): boolean {
  const action = form.getAttribute("action") ?? "";
  return form.method.toLowerCase() === "get" && !action.startsWith("javascript:");
}
