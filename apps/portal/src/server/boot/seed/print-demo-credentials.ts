import type { TDemoCredentials } from "./seed-demo.ts";

/** Shown once, when the demo is first seeded: the passwords are stored only as hashes. */
export function printDemoCredentials(credentials: TDemoCredentials | null): void {
  if (!credentials) return;
  const lines = credentials.map((c) => `  ${c.role.padEnd(6)}  ${c.email.padEnd(20)}  ${c.password}`);
  console.log(
    [
      "",
      "Demo accounts (shown only this once; to start over, stop the portal and delete the data folder):",
      ...lines,
      "",
    ].join("\n"),
  );
}
