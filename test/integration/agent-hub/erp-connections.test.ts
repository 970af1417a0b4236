import type { TErpConnectionStatus } from "@erp-bridge/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { closeBus } from "../../../apps/portal/src/server/agent-link/subscribe.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { eventually } from "../../support/eventually.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeEnrolledAgent, startTestHub, type TTestHub } from "../../support/agent-factories.ts";
import { uniqueSuffix } from "../../support/factories.ts";
import { hello, TestAgent } from "./test-agent.ts";

const erp = () => ({ configured: true, reachable: true, message: "ok", checkedAt: new Date().toISOString() });
const connection = (key: string, erpType: TErpConnectionStatus["erpType"]): TErpConnectionStatus => ({
  key,
  erpType,
  erp: erp(),
});

const echo = (agent: { companyId: string; agentId: string }, connection?: string) =>
  enqueueCommand({
    ...agent,
    connection,
    name: "diagnostics.echo",
    input: { text: connection ?? "default" },
    idempotencyKey: `echo-${uniqueSuffix()}`,
  });

/**
 * One agent serving several ERP connections (issue 19): the portal keeps the connections the
 * agent reports and sends a command for another than the default one only to an agent that
 * reported it, naming the connection in the command message.
 */
describe("an agent's ERP connections", () => {
  let hub: TTestHub;
  beforeAll(async () => (hub = await startTestHub({ sweepMs: 100 })));
  afterAll(async () => {
    await hub.close();
    await closeBus();
  });

  it("a command for a connection the agent never reported is refused, naming it, and nothing is queued", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.online({ url: hub.url, credential: enrolled.credential });
    const failure = await failureOf(echo(enrolled, "optima"));
    expect(failure.code).toBe("CONFLICT");
    expect(failure.problem).toEqual({
      code: "agentConnectionUnknown",
      params: { name: expect.stringMatching(/^Agent /), connection: "optima" },
    });
    expect(await getDb().agentCommand.count({ where: { agentId: enrolled.agentId } })).toBe(0);
    agent.close();
  });

  it("connections from hello are stored, and a command names its connection; a default one names none", async () => {
    const enrolled = await makeEnrolledAgent();
    const connections = [connection("default", "subiekt-gt"), connection("optima", "optima")];
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("hello", hello({ connections }));
    await agent.next("welcome");
    const stored = await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
    expect(stored.erpConnections).toEqual(connections);

    const optima = await echo(enrolled, "optima");
    expect(optima.connection).toBe("optima");
    const sent = await agent.next("command", (p) => p.commandId === optima.id);
    expect(sent.payload.connection).toBe("optima");
    const plain = await echo(enrolled);
    const sentPlain = await agent.next("command", (p) => p.commandId === plain.id);
    expect(sentPlain.payload).not.toHaveProperty("connection");
    agent.close();
  });

  it("a status listing fewer connections replaces the stored list: the dropped one is refused again", async () => {
    const enrolled = await makeEnrolledAgent();
    const agent = await TestAgent.connect({ url: hub.url, credential: enrolled.credential });
    agent.send("hello", hello({ connections: [connection("default", "subiekt-gt"), connection("optima", "optima")] }));
    await agent.next("welcome");
    expect((await echo(enrolled, "optima")).connection).toBe("optima");

    const fewer = [connection("default", "subiekt-gt")];
    agent.send("status", { erp: erp(), runningCommands: 0, connections: fewer });
    await eventually(
      async () => {
        const row = await getDb().agent.findUniqueOrThrow({ where: { id: enrolled.agentId } });
        expect(row.erpConnections).toEqual(fewer);
        return true;
      },
      { what: "the status's connections stored" },
    );
    expect((await failureOf(echo(enrolled, "optima"))).problem?.code).toBe("agentConnectionUnknown");
    agent.close();
  });
});
