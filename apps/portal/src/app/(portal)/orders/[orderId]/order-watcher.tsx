"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { z } from "zod";

const ZVersion = z.object({ version: z.string() });

/**
 * Keeps the order page current without a reload: asks for the order's version every
 * `intervalMs` (a tiny read) and re-renders the page when it changed, whoever changed it (the
 * ERP, the channel posting a payment, another staff member). A hidden tab does not ask.
 */
export function OrderWatcher(props: { orderId: string; version: string; intervalMs: number }) {
  const router = useRouter();
  const { orderId, version, intervalMs } = props;
  useEffect(() => {
    let asking = false;
    let stopped = false;
    const check = async () => {
      if (asking || document.hidden) return;
      asking = true;
      try {
        const response = await fetch(`/api/orders/${orderId}/version`, { cache: "no-store" });
        const latest = response.ok ? ZVersion.safeParse(await response.json()).data?.version : undefined;
        if (!stopped && latest !== undefined && latest !== version) router.refresh();
      } catch {
        // Offline for a moment: the next tick asks again.
      } finally {
        asking = false;
      }
    };
    const timer = setInterval(() => void check(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [orderId, version, intervalMs, router]);
  return null;
}
