import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SharedMessages } from "@/i18n/client-messages.tsx";
import "./globals.css";

export const metadata: Metadata = { title: "ERP Bridge" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()}>
      <body>
        <SharedMessages>{children}</SharedMessages>
      </body>
    </html>
  );
}
