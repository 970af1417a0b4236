"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the page whenever the server pushes a presence change (server-sent events). */
export function LiveRefresh({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    source.onmessage = () => router.refresh();
    return () => source.close();
  }, [url, router]);
  return null;
}
