import type { ReactNode } from "react";
import { FullMessages } from "@/i18n/client-messages.tsx";

/** This section's forms word field errors from any namespace: their client components get the whole catalogue. */
export default function Layout({ children }: { children: ReactNode }) {
  return <FullMessages>{children}</FullMessages>;
}
