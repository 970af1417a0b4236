import { randomBytes } from "node:crypto";
import { createCompany } from "../../admin/companies/create-company.ts";
import { getDb, inTransaction } from "../../platform/database/db.ts";
import { createUser } from "../../admin/users/create-user.ts";
import { seedDemoSales } from "./demo-sales/seed-demo-sales.ts";

export type TDemoCredentials = { email: string; password: string; role: "STAFF" | "CLIENT" }[];

const SEEDER = { userId: "seed", role: "STAFF", companyId: null } as const;
const DEMO_NIP = "5260001246";

/**
 * Creates the demo staff account, one client company and its user, once: on a database
 * that already has users it creates none and returns null. Passwords are random and only
 * returned here, so the caller prints them once. The demo company gets two years of sales in
 * its ERP copy (once: while it has no documents), so its reports have something to show.
 */
export async function seedDemo(): Promise<TDemoCredentials | null> {
  const credentials = (await getDb().user.count()) > 0 ? null : await createDemoAccounts();
  const company = await getDb().company.findUnique({ where: { nip: DEMO_NIP }, select: { id: true } });
  if (company) await seedDemoSales({ companyId: company.id });
  return credentials;
}

async function createDemoAccounts(): Promise<TDemoCredentials> {
  const staff = { email: "staff@demo.local", password: newPassword(), role: "STAFF" as const };
  const client = { email: "client@demo.local", password: newPassword(), role: "CLIENT" as const };
  await inTransaction(undefined, async (tx) => {
    await createUser({ input: { ...staff, name: "Demo Staff" }, tx });
    const company = await createCompany({
      actor: SEEDER,
      input: { name: "Demo Sklep Sp. z o.o.", nip: DEMO_NIP, email: "biuro@demo.local" },
      tx,
    });
    await createUser({ input: { ...client, name: "Demo Client", companyId: company.id }, tx });
  });
  return [staff, client];
}

function newPassword(): string {
  return randomBytes(12).toString("base64url");
}
