import { randomBytes } from "node:crypto";
import { createCompany } from "../companies/create-company.ts";
import { getDb, inTransaction } from "../db.ts";
import { createUser } from "../users/create-user.ts";

export type TDemoCredentials = { email: string; password: string; role: "STAFF" | "CLIENT" }[];

const SEEDER = { userId: "seed", role: "STAFF", companyId: null } as const;

/**
 * Creates the demo staff account, one client company and its user, once: on a database
 * that already has users it does nothing and returns null. Passwords are random and only
 * returned here, so the caller prints them once.
 */
export async function seedDemo(): Promise<TDemoCredentials | null> {
  if ((await getDb().user.count()) > 0) return null;
  const staff = { email: "staff@demo.local", password: newPassword(), role: "STAFF" as const };
  const client = { email: "client@demo.local", password: newPassword(), role: "CLIENT" as const };
  await inTransaction(undefined, async (tx) => {
    await createUser({ input: { ...staff, name: "Demo Staff" }, tx });
    const company = await createCompany({
      actor: SEEDER,
      input: { name: "Demo Sklep Sp. z o.o.", nip: "5260001246", email: "biuro@demo.local" },
      tx,
    });
    await createUser({ input: { ...client, name: "Demo Client", companyId: company.id }, tx });
  });
  return [staff, client];
}

function newPassword(): string {
  return randomBytes(12).toString("base64url");
}
