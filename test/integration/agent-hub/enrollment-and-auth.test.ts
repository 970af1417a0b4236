import { CLOSE_CODES } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateAgent } from "../../../apps/portal/src/server/agent-link/hub/authenticate-agent.ts";
import { enrollAgent } from "../../../apps/portal/src/server/agent-link/enroll-agent.ts";
import { issueEnrollmentCode } from "../../../apps/portal/src/server/admin/agents/issue-enrollment-code.ts";
import { revokeAgent } from "../../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { AppError } from "../../../apps/portal/src/server/platform/errors/app-error.ts";
import type { TActor } from "../../../apps/portal/src/server/platform/auth/actor.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeAgent, makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { TestAgent } from "./test-agent.ts";

const enrollWith = (code: string) => enrollAgent({ code, hostname: "erp-server", agentVersion: "1.0.0" });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return `${error.code}: ${error.userMessage}`;
  return `no AppError: ${String(error)}`;
}

const REFUSED = "UNAUTHORIZED: Enrollment code is invalid, used or expired";

describe("agent enrollment and authentication", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub()));
  afterAll(() => hub.close());

  it("a code works once, typed in any case and spacing, even when two enrollments race", async () => {
    const { agent, enrollmentCode } = await makeAgent();
    const sloppy = ` ${enrollmentCode.toLowerCase().replace(/-/g, " ")} `;
    const results = await Promise.allSettled([enrollWith(sloppy), enrollWith(enrollmentCode)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await refusal(enrollWith(enrollmentCode))).toBe(REFUSED);
    const stored = await getDb().agent.findUniqueOrThrow({ where: { id: agent.id } });
    expect(stored.enrollmentCodeHash).toBeNull();
    expect(stored.enrolledAt).not.toBeNull();
  });

  it("counts a burst of guessed codes from one address before trying them: past the limit it is refused", async () => {
    const { enrollmentCode } = await makeAgent();
    const clientAddress = `192.0.2.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const guess = (code: string) => enrollAgent({ code, hostname: "erp-server", agentVersion: "1.0.0", clientAddress });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refusal(guess(`AAAA-BBBB-CCCC-${String(i).padStart(4, "0")}`))),
    );
    expect(answers.filter((a) => a === REFUSED)).toHaveLength(5);
    expect(answers.filter((a) => a.startsWith("RATE_LIMITED"))).toHaveLength(15);
    // The right code from that address is refused too while the lock lasts; from another it works.
    expect(await refusal(guess(enrollmentCode))).toMatch(/^RATE_LIMITED/);
    await expect(
      enrollAgent({ code: enrollmentCode, hostname: "erp-server", agentVersion: "1.0.0", clientAddress: "192.0.2.1" }),
    ).resolves.toMatchObject({ agentId: expect.any(String) });
  });

  it("stores only hashes and refuses an expired code with the same neutral answer", async () => {
    const { agent, enrollmentCode } = await makeAgent();
    await getDb().agent.update({ where: { id: agent.id }, data: { enrollmentExpiresAt: new Date(Date.now() - 1000) } });
    expect(await refusal(enrollWith(enrollmentCode))).toBe(REFUSED);
    expect(await refusal(enrollWith("NOT-A-CODE"))).toBe(REFUSED);

    const enrolled = await makeEnrolledAgent();
    const row = await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
    expect(enrolled.credential).toMatch(/^agt_[A-Za-z0-9_-]{43}$/);
    expect(row.credentialHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(enrolled.credential);
  });

  it("refuses the upgrade with 401 for a wrong credential and for a revoked one", async () => {
    await expect(TestAgent.connect({ url: hub.url, credential: `agt_${"x".repeat(43)}` })).rejects.toThrow("HTTP 401");
    await expect(TestAgent.connect({ url: hub.url, credential: "" })).rejects.toThrow("HTTP 401");
    const enrolled = await makeEnrolledAgent();
    await revokeAgent({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
    await expect(TestAgent.connect({ url: hub.url, credential: enrolled.credential })).rejects.toThrow("HTTP 401");
  });

  it("revocation closes a live connection with 4003 at once and marks it offline", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    expect((await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } })).online).toBe(true);

    await revokeAgent({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
    // The code proves the revocation closed it (a heartbeat would close with 1006); the wait is
    // generous so a loaded CI machine cannot fail it.
    const closed = await agent.closedWithin(10_000);
    expect(closed.code).toBe(CLOSE_CODES.REVOKED);
    expect(await authenticateAgent({ credential: enrolled.credential })).toBeNull();
  });

  it("a new code replaces the credential when used: the old one stops and its connection closes", async () => {
    const enrolled = await makeEnrolledAgent();
    const old = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const { enrollmentCode } = await issueEnrollmentCode({ actor: STAFF_ACTOR, agentId: enrolled.agentId });
    // Until the new code is used, the installed agent keeps working.
    expect(await authenticateAgent({ credential: enrolled.credential })).not.toBeNull();

    const again = await enrollWith(enrollmentCode);
    expect(again.agentId).toBe(enrolled.agentId);
    expect((await old.closedWithin(10_000)).code).toBe(CLOSE_CODES.REVOKED);
    expect(await authenticateAgent({ credential: enrolled.credential })).toBeNull();
    await expect(TestAgent.connect({ url: hub.url, credential: enrolled.credential })).rejects.toThrow("HTTP 401");
    const fresh = await TestAgent.online({ url: hub.url, credential: again.credential });
    fresh.close();
  });

  it("a client user cannot issue codes or revoke", async () => {
    const enrolled = await makeEnrolledAgent();
    const client: TActor = { userId: STAFF_ACTOR.userId, role: "CLIENT", companyId: enrolled.companyId };
    expect(await refusal(issueEnrollmentCode({ actor: client, agentId: enrolled.agentId }))).toMatch(/^NOT_FOUND/);
    expect(await refusal(revokeAgent({ actor: client, agentId: enrolled.agentId }))).toMatch(/^NOT_FOUND/);
    expect(await authenticateAgent({ credential: enrolled.credential })).not.toBeNull();
  });
});
