import { describe, expect, it } from "vitest";
import { createAgent } from "../../../apps/portal/src/server/admin/agents/create-agent.ts";
import { revokeAgent } from "../../../apps/portal/src/server/admin/agents/revoke-agent.ts";
import { listAudit } from "../../../apps/portal/src/server/admin/audit/list-audit.ts";
import { makeCompany, makeUser } from "../../support/factories.ts";

describe("the audit trail of agents", () => {
  it("records who created and who revoked a company's agent, with its name", async () => {
    const company = await makeCompany();
    const staff = await makeUser({ role: "STAFF" });
    const { agent } = await createAgent({ actor: staff.actor, companyId: company.id, name: "Serwer w biurze" });
    await revokeAgent({ actor: staff.actor, agentId: agent.id });

    // Both may carry the same millisecond: read them by action, not by order.
    const entries = await listAudit({ actor: staff.actor, companyId: company.id });
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(entries.map((e) => [e.entity, e.entityId, e.actorEmail])).toEqual([
      ["agent", agent.id, staff.email],
      ["agent", agent.id, staff.email],
    ]);
    expect(byAction.get("create")?.after).toMatchObject({ name: "Serwer w biurze" });
    expect(byAction.get("revoke")?.before).toMatchObject({ revokedAt: null });
    expect(byAction.get("revoke")?.after).toMatchObject({ revokedAt: expect.any(String) });
  });
});
