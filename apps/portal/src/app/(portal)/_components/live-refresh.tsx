"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page when the server pushes an event (server-sent events: presence, sync
 * progress), at most once per `minIntervalMs`: a burst of events becomes one refresh.
 */
export function LiveRefresh({ url, minIntervalMs }: { url: string; minIntervalMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    source.onmessage = () => {
      if (timer) return;
      const wait = Math.max(0, last + minIntervalMs - Date.now());
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
  }, [url, minIntervalMs, router]);
  return null;
}
