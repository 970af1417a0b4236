import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { SHARED_CLIENT_NAMESPACES } from "./client-namespaces.ts";

/** The given namespaces of the request's catalogue. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}

/** What every page's client components get: the shared namespaces, the locale, the time zone. */
export async function SharedMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, SHARED_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}

/** The whole catalogue for a section's client components (FULL_MESSAGES_SECTIONS). */
export function FullMessages({ children }: { children: ReactNode }) {
  // Left out, the messages are the request's whole catalogue (next-intl's server provider).
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
