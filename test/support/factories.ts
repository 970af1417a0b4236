import { randomBytes } from "node:crypto";
import type { TActor } from "../../apps/portal/src/server/platform/auth/actor.ts";
import { createCompany } from "../../apps/portal/src/server/admin/companies/create-company.ts";
import { createUser } from "../../apps/portal/src/server/admin/users/create-user.ts";
import { FIRST_INTEGRATION_NAME } from "../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { findCompanyIntegration } from "../../apps/portal/src/server/settings/company-integration.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";

/** Factories with random ids so every test owns its rows. They call the real domain layer. */
export const STAFF_ACTOR: TActor = { userId: "00000000-0000-7000-8000-000000000000", role: "STAFF", companyId: null };

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

/** A valid NIP: random first nine digits, checksum appended (retrying when it would be 10). */
export function randomNip(): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
    const check = digits.reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0) % 11;
    if (check !== 10) return `${digits.join("")}${check}`;
  }
}

export async function makeCompany(overrides: { name?: string; nip?: string } = {}) {
  return createCompany({
    actor: STAFF_ACTOR,
    input: { name: overrides.name ?? `Firma ${uniqueSuffix()}`, nip: overrides.nip ?? randomNip() },
  });
}

export async function makeUser(options: { role: "STAFF" } | { role: "CLIENT"; companyId: string }) {
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const email = `${options.role.toLowerCase()}-${uniqueSuffix()}@test.local`;
  const user = await createUser({ input: { ...options, email, name: email, password } });
  const actor: TActor =
    options.role === "STAFF"
      ? { userId: user.id, role: "STAFF", companyId: null }
      : { userId: user.id, role: "CLIENT", companyId: options.companyId };
  return { ...user, email, password, actor };
}

/**
 * The company's first integration's id, made (bare: defaults, no agent, nothing scheduled) when the
 * company has none: cloud-copy rows and channels belong to an integration (issue 19).
 */
export async function companyIntegrationId(companyId: string): Promise<string> {
  const db = getDb();
  const found = await findCompanyIntegration({ companyId });
  if (found) return found.id;
  const created = await db.integration.upsert({
    where: { companyId_name: { companyId, name: FIRST_INTEGRATION_NAME } },
    create: { companyId, name: FIRST_INTEGRATION_NAME, settings: DEFAULT_SETTINGS },
    update: {},
  });
  return created.id;
}
