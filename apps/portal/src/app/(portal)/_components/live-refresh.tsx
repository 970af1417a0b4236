"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page when the server pushes an event (server-sent events: presence, sync
 * progress), at most once per `minIntervalMs`: a burst of events becomes one refresh. Also once
 * each time the stream opens: the page was rendered before it (seconds before, on a loaded
 * machine), and an event in between went out to nobody. A sync run that finished then would show
 * "in progress" until the client's next run moved, minutes later; the same after a reconnect.
 */
export function LiveRefresh({ url, minIntervalMs }: { url: string; minIntervalMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const refreshSoon = () => {
      if (timer) return;
      const wait = Math.max(0, last + minIntervalMs - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        router.refresh();
      }, wait);
    };
    source.onopen = refreshSoon;
    source.onmessage = refreshSoon;
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [url, minIntervalMs, router]);
  return null;
}
