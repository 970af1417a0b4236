"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button className="link" onClick={() => void signOut({ callbackUrl: "/signin" })}>
      {label}
    </button>
  );
}
