import { describe, expect, it } from "vitest";
import { failureOf } from "../support/failure-of.ts";
import { createCompany } from "../../apps/portal/src/server/admin/companies/create-company.ts";
import { getCompany } from "../../apps/portal/src/server/admin/companies/get-company.ts";
import { listCompanies } from "../../apps/portal/src/server/admin/companies/list-companies.ts";
import { updateCompany } from "../../apps/portal/src/server/admin/companies/update-company.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeCompany, makeUser } from "../support/factories.ts";

describe("tenancy in the domain layer", () => {
  it("a client user sees only their own company", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });

    const listed = await listCompanies({ actor: clientOfA.actor });
    expect(listed.map((c) => c.id)).toEqual([a.id]);
    expect((await getCompany({ actor: clientOfA.actor, companyId: a.id })).name).toBe(a.name);
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: b.id }))).code).toBe("NOT_FOUND");
  });

  it("another company's id and a missing id answer alike", async () => {
    const a = await makeCompany();
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });
    const missing = "0190b7a0-0000-7000-8000-000000000001";
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: missing }))).code).toBe("NOT_FOUND");
    expect((await failureOf(getCompany({ actor: clientOfA.actor, companyId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
  });

  it("a client user can neither create nor edit companies, and nothing changes", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const clientOfA = await makeUser({ role: "CLIENT", companyId: a.id });
    // Counted by the name the client tried: other files' companies must not move the figure.
    const intruders = () => getDb().company.count({ where: { name: "Intruz" } });
    const before = await intruders();

    expect((await failureOf(createCompany({ actor: clientOfA.actor, input: { name: "Intruz" } }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await failureOf(updateCompany({ actor: clientOfA.actor, companyId: b.id, input: { name: "Hacked" } }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf(updateCompany({ actor: clientOfA.actor, companyId: a.id, input: { name: "Own" } }))).code,
    ).toBe("NOT_FOUND");

    expect(await intruders()).toBe(before);
    expect((await getDb().company.findUniqueOrThrow({ where: { id: b.id } })).name).toBe(b.name);
  });

  it("staff see and edit every company", async () => {
    const [a, b] = [await makeCompany(), await makeCompany()];
    const staff = await makeUser({ role: "STAFF" });
    const ids = (await listCompanies({ actor: staff.actor })).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    const updated = await updateCompany({ actor: staff.actor, companyId: b.id, input: { name: "Nowa nazwa" } });
    expect(updated.name).toBe("Nowa nazwa");
  });
});
