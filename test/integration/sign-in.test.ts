import { afterEach, describe, expect, it } from "vitest";
import { env } from "../../apps/portal/src/env.ts";
import { authenticate, signIn } from "../../apps/portal/src/server/platform/auth/authenticate.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeCompany, makeUser, uniqueSuffix } from "../support/factories.ts";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${uniqueSuffix()}`;
const perAddressLimit = env.SIGN_IN_MAX_FAILURES_PER_ADDRESS;
afterEach(() => {
  env.SIGN_IN_MAX_FAILURES_PER_ADDRESS = perAddressLimit;
});

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

  it("locks an account from the guessing address after five failures, even for the right password", async () => {
    const user = await makeUser({ role: "STAFF" });
    const clientAddress = address();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: user.email, password: "wrong-password", clientAddress })).toBeNull();
    }
    expect(await authenticate({ email: user.email, password: user.password, clientAddress })).toBeNull();
  });

  it("guesses at an account from one address do not lock its owner out elsewhere", async () => {
    const user = await makeUser({ role: "STAFF" });
    const attacker = address();
    for (let i = 0; i < 6; i++)
      await authenticate({ email: user.email, password: "wrong-password", clientAddress: attacker });
    expect(await authenticate({ email: user.email, password: user.password, clientAddress: address() })).not.toBeNull();
  });

  it("people sharing one address (an office, a proxy) are not locked out by failures for made-up e-mails", async () => {
    const shared = address();
    for (let i = 0; i < 5; i++) {
      await authenticate({ email: `guess-${uniqueSuffix()}@test.local`, password: "x", clientAddress: shared });
    }
    const user = await makeUser({ role: "STAFF" });
    expect(await authenticate({ email: user.email, password: user.password, clientAddress: shared })).not.toBeNull();
  });

  it("locks an address that guesses across many accounts at the higher per-address limit", async () => {
    env.SIGN_IN_MAX_FAILURES_PER_ADDRESS = 8;
    const clientAddress = address();
    for (let i = 0; i < 8; i++) {
      await authenticate({ email: `guess-${uniqueSuffix()}@test.local`, password: "x", clientAddress });
    }
    const user = await makeUser({ role: "STAFF" });
    expect(await authenticate({ email: user.email, password: user.password, clientAddress })).toBeNull();
    expect(await authenticate({ email: user.email, password: user.password, clientAddress: address() })).not.toBeNull();
  });

  it("a success clears the account's count from that address", async () => {
    const user = await makeUser({ role: "STAFF" });
    const clientAddress = address();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await authenticate({ email: user.email, password: "typo", clientAddress });
      expect(await authenticate({ email: user.email, password: user.password, clientAddress })).not.toBeNull();
    }
  });

  it("successes from a shared address do not use up its limit", async () => {
    env.SIGN_IN_MAX_FAILURES_PER_ADDRESS = 3;
    const user = await makeUser({ role: "STAFF" });
    const clientAddress = address();
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: user.email, password: user.password, clientAddress })).not.toBeNull();
    }
  });

  it("counts a burst of parallel guesses one by one: past the limit none is even checked", async () => {
    const user = await makeUser({ role: "STAFF" });
    const clientAddress = address();
    const burst = [
      ...Array.from({ length: 30 }, () => signIn({ email: user.email, password: "wrong-password", clientAddress })),
      signIn({ email: user.email, password: user.password, clientAddress }),
    ];
    const outcomes = await Promise.all(burst);
    const checked = outcomes.filter((o) => !("refused" in o) || o.refused !== "locked");
    expect(checked).toHaveLength(5);
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
