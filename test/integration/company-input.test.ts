import { describe, expect, it } from "vitest";
import { failureOf } from "../support/failure-of.ts";
import { createCompany } from "../../apps/portal/src/server/admin/companies/create-company.ts";
import { updateCompany } from "../../apps/portal/src/server/admin/companies/update-company.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeCompany, makeUser, randomNip, uniqueSuffix } from "../support/factories.ts";

describe("company input", () => {
  it("names each bad field and stores nothing", async () => {
    const staff = await makeUser({ role: "STAFF" });
    const name = `X${uniqueSuffix()}`;
    const error = await failureOf(
      createCompany({ actor: staff.actor, input: { name: "", nip: "1234567890", email: "nope" } }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "nip"]);
    expect(error.fieldErrors?.nip).toEqual([{ code: "nip", params: {} }]);
    await failureOf(createCompany({ actor: staff.actor, input: { name, nip: "123" } }));
    expect(await getDb().company.count({ where: { name } })).toBe(0);
  });

  it("normalises the NIP and refuses a second company with the same one", async () => {
    const staff = await makeUser({ role: "STAFF" });
    const nip = randomNip();
    const spaced = `PL ${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
    const first = await createCompany({ actor: staff.actor, input: { name: "Pierwsza", nip: spaced } });
    expect(first.nip).toBe(nip);

    const error = await failureOf(createCompany({ actor: staff.actor, input: { name: "Druga", nip } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors?.nip).toBeDefined();
  });

  it("an edit that fails validation leaves the company as it was", async () => {
    const staff = await makeUser({ role: "STAFF" });
    const company = await makeCompany();
    await failureOf(updateCompany({ actor: staff.actor, companyId: company.id, input: { name: "OK", nip: "111" } }));
    const stored = await getDb().company.findUniqueOrThrow({ where: { id: company.id } });
    expect({ name: stored.name, nip: stored.nip }).toEqual({ name: company.name, nip: company.nip });
  });
});
