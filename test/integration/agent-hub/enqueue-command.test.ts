import { describe, expect, it } from "vitest";
import { failureOf } from "../../support/failure-of.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { makeAgent, makeEnrolledAgent } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";

describe("enqueueing commands", () => {
  it("company A can never address company B's agent", async () => {
    const [a, b] = [await makeEnrolledAgent(), await makeEnrolledAgent()];
    const idempotencyKey = `x-${uniqueSuffix()}`;
    const error = await failureOf(
      enqueueCommand({ companyId: a.companyId, agentId: b.agentId, name: "erp.status", input: {}, idempotencyKey }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await getDb().agentCommand.count({ where: { idempotencyKey } })).toBe(0);
  });

  it("picks the company's only agent, and asks to choose when there are several", async () => {
    const enrolled = await makeEnrolledAgent();
    const picked = await enqueueCommand({
      companyId: enrolled.companyId,
      name: "erp.status",
      input: {},
      idempotencyKey: `x-${uniqueSuffix()}`,
    });
    expect(picked.agentId).toBe(enrolled.agentId);
    await makeAgent({ companyId: enrolled.companyId });
    const error = await failureOf(
      enqueueCommand({
        companyId: enrolled.companyId,
        name: "erp.status",
        input: {},
        idempotencyKey: `y-${uniqueSuffix()}`,
      }),
    );
    expect(error.code).toBe("CONFLICT");
  });

  it("refuses input that breaks the command's schema, naming the field", async () => {
    const enrolled = await makeEnrolledAgent();
    const base = { ...enrolled, idempotencyKey: `x-${uniqueSuffix()}` };
    const error = await failureOf(enqueueCommand({ ...base, name: "diagnostics.sleep", input: { ms: "long" } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["ms"]);
    expect((await failureOf(enqueueCommand({ ...base, name: "sql.run", input: {} }))).fieldErrors).toHaveProperty(
      "name",
    );
  });

  it("the same idempotency key returns one row, also when enqueued concurrently", async () => {
    const enrolled = await makeEnrolledAgent();
    const options = {
      ...enrolled,
      name: "diagnostics.echo",
      input: { text: "once" },
      idempotencyKey: `k-${uniqueSuffix()}`,
    };
    const rows = await Promise.all([enqueueCommand(options), enqueueCommand(options), enqueueCommand(options)]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    expect(await getDb().agentCommand.count({ where: { agentId: enrolled.agentId } })).toBe(1);
  });
});
