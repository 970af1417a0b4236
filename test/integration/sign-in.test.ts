import { describe, expect, it } from "vitest";
import { authenticate } from "../../apps/portal/src/server/platform/auth/authenticate.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeCompany, makeUser, uniqueSuffix } from "../support/factories.ts";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${uniqueSuffix()}`;

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the e-mail, and rejects a wrong one", async () => {
    const user = await makeUser({ role: "STAFF" });
    const clientAddress = address();
    expect(await authenticate({ email: user.email.toUpperCase(), password: user.password, clientAddress })).toEqual({
      userId: user.id,
      role: "STAFF",
      companyId: null,
    });
    expect(await authenticate({ email: user.email, password: `${user.password}x`, clientAddress })).toBeNull();
    expect(
      await authenticate({ email: `nobody-${uniqueSuffix()}@test.local`, password: "x", clientAddress }),
    ).toBeNull();
  });

  it("returns the client's company with the actor", async () => {
    const company = await makeCompany();
    const user = await makeUser({ role: "CLIENT", companyId: company.id });
    const actor = await authenticate({ email: user.email, password: user.password, clientAddress: address() });
    expect(actor).toEqual({ userId: user.id, role: "CLIENT", companyId: company.id });
  });

  it("locks an account after five failures, even for the right password", async () => {
    const user = await makeUser({ role: "STAFF" });
    for (let i = 0; i < 5; i++) {
      expect(
        await authenticate({ email: user.email, password: "wrong-password", clientAddress: address() }),
      ).toBeNull();
    }
    expect(await authenticate({ email: user.email, password: user.password, clientAddress: address() })).toBeNull();
  });

  it("locks a client address that guesses across many accounts", async () => {
    const clientAddress = address();
    for (let i = 0; i < 5; i++) {
      await authenticate({ email: `guess-${uniqueSuffix()}@test.local`, password: "x", clientAddress });
    }
    const user = await makeUser({ role: "STAFF" });
    expect(await authenticate({ email: user.email, password: user.password, clientAddress })).toBeNull();
  });

  it("refuses a disabled user", async () => {
    const user = await makeUser({ role: "STAFF" });
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate({ email: user.email, password: user.password, clientAddress: address() })).toBeNull();
  });

  it("stores only an argon2id hash of the password", async () => {
    const user = await makeUser({ role: "STAFF" });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(user.password);
  });
});
