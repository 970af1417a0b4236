"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const MIN_INTERVAL_MS = 1000;

/**
 * Re-renders the page when the server pushes a presence change (server-sent events), at
 * most once a second: a burst of agents reconnecting becomes one refresh.
 */
export function LiveRefresh({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    source.onmessage = () => {
      if (timer) return;
      const wait = Math.max(0, last + MIN_INTERVAL_MS - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        router.refresh();
      }, wait);
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [url, router]);
  return null;
}
