import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { TAgentLog } from "../../support/agent-process.ts";
import {
  callApi,
  erpDocumentsOf,
  orderOf,
  orderWhen,
  sampleOrder,
  startOrderWorld,
  type TOrderWorld,
} from "./orders-fixture.ts";

const ZK = 16;

const isZkWritten = (log: TAgentLog) => log.msg === "command finished" && log.name === "erp.order.create";

/**
 * The one fault that can duplicate a document: the agent commits the ZK in the ERP and its
 * answer never reaches the portal, which then sends the command again. Made deterministic by a
 * relay that swallows everything the agent sends once the order is posted: the ZK is certainly
 * committed (the agent says so, the ERP has it) and its result certainly lost before the line
 * is cut. Each case leaves exactly one guard able to prevent the second ZK:
 * the agent's unacknowledged results (same process), its journal (restarted), and the ERP-side
 * key lookup (reinstalled without a journal).
 */
describe("orders: the result lost after the ERP committed the ZK", () => {
  async function postWithResultLost(world: TOrderWorld) {
    world.proxy?.swallowAgentBytes();
    const answer = await callApi({ method: "POST", route: "orders", key: world.key, body: await sampleOrder(world) });
    expect(answer.status).toBe(201);
    const { id } = orderOf(answer.body);
    const written = await world.agentProcess().waitFor(isZkWritten, 60_000);
    expect(written.ok).toBe(true);
    expect((await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === ZK)).toHaveLength(1);
    const order = await orderWhen(world, id, () => true);
    expect(order.erp.orderNumber).toBeNull();
    return { id, commandId: written.commandId };
  }

  async function expectOneZk(world: TOrderWorld, id: string) {
    const accepted = await orderWhen(world, id, (o) => o.erp.orderNumber !== null, 60_000);
    const zks = (await erpDocumentsOf(world, id)).filter((d) => d.dok_Typ === ZK);
    expect(zks).toHaveLength(1);
    expect(accepted.erp.orderNumber).toBe(zks[0]?.dok_NrPelny);
  }

  it("the same agent reconnects: it resends the result it kept and does not write again", async () => {
    const world = await startOrderWorld({ viaProxy: true });
    try {
      const { id, commandId } = await postWithResultLost(world);
      world.proxy?.cut();
      await expectOneZk(world, id);
      const runs = world.agentProcess().logs.filter((log) => isZkWritten(log) && log.commandId === commandId);
      expect(runs).toHaveLength(1);
    } finally {
      await world.close();
    }
  }, 120_000);

  it("the agent is killed and started again: it answers the redelivered command from its journal", async () => {
    const world = await startOrderWorld({ viaProxy: true });
    try {
      const { id, commandId } = await postWithResultLost(world);
      await world.agentProcess().stop("SIGKILL");
      world.proxy?.cut();
      await world.restartAgent();
      await expectOneZk(world, id);
      const again = await world.agentProcess().waitFor((log) => isZkWritten(log) && log.commandId === commandId);
      expect(again.replayed).toBe(true);
    } finally {
      await world.close();
    }
  }, 120_000);

  it("the agent is reinstalled without its journal: the ERP's own record of the order's key stops a second ZK", async () => {
    const world = await startOrderWorld({ viaProxy: true });
    try {
      const { id } = await postWithResultLost(world);
      await world.agentProcess().stop("SIGKILL");
      world.proxy?.cut();
      await rm(world.agent.journalDir, { recursive: true, force: true });
      await world.restartAgent();
      await expectOneZk(world, id);
    } finally {
      await world.close();
    }
  }, 120_000);
});
