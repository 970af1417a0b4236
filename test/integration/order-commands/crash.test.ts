import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { ZErpOrderCreateResult } from "@erp-bridge/shared";
import { uniqueSuffix } from "../../support/factories.ts";
import { enrolledAgent } from "../../support/tunnel-harness.ts";
import { expectReservationsMatch } from "../subiekt-writes/invariants.ts";
import { newCustomer, openOrderCommands } from "./order-fixture.ts";

let env: Awaited<ReturnType<typeof openOrderCommands>>;
beforeAll(async () => {
  env = await openOrderCommands();
});
afterAll(async () => env?.close());

const zksWithKey = (key: string) =>
  env.sandbox.db
    .selectFrom("dok__Dokument")
    .select("dok_Id")
    .where("dok_NrPelnyOryg", "=", storedKey(key))
    .where("dok_Typ", "=", 16)
    .execute();

describe("erp.order.create when the agent dies after the ERP commit", () => {
  it("kill -9 between the commit and the journal: after a restart the command succeeds with the one ZK", async () => {
    const { main } = env.warehouses;
    const product = await env.productWithStock({ [main]: 5 });
    const agent = await enrolledAgent({ portalUrl: env.hub.url, erpUrl: env.sandbox.url });
    try {
      const first = agent.run();
      const loaded = await first.waitFor((log) => log.msg === "journal loaded");
      await first.waitFor((log) => log.msg === "connected");
      // The journal append now blocks on a FIFO nobody reads (as on a stalled disk): the agent
      // commits the ZK, then hangs before journaling or answering — the window a crash hits.
      const journalFile = String(loaded.file);
      await promisify(execFile)("mkfifo", [journalFile]);
      const key = `SHOP-${uniqueSuffix()}`;
      const command = await enqueueCommand({
        companyId: agent.companyId,
        name: "erp.order.create",
        input: {
          key,
          customer: newCustomer(),
          warehouseIds: [main],
          split: true,
          reserve: true,
          lines: [{ sku: product.sku, quantity: 5, netPrice: 9.99 }],
        },
        idempotencyKey: `create-${key}`,
      });
      await expect.poll(async () => (await zksWithKey(key)).length, { timeout: 10_000 }).toBe(1);
      const [zk] = await zksWithKey(key);
      const row = await getDb().agentCommand.findUniqueOrThrow({ where: { id: command.id } });
      expect(row.status).toBe("RUNNING");
      await first.stop("SIGKILL");
      expect(first.logs.filter((log) => log.msg === "command finished")).toEqual([]);
      await rm(journalFile);

      const second = agent.run();
      const finished = await awaitCommand({ commandId: command.id, timeoutMs: 20_000 });
      expect(finished.status, `${finished.errorCode}: ${finished.errorMessage}`).toBe("SUCCEEDED");
      expect(finished.deliveries).toBe(2);
      const result = ZErpOrderCreateResult.parse(finished.result);
      // All of it reserved by the first attempt: a repeat that divided again would be refused.
      expect(result.order).toMatchObject({
        id: zk?.dok_Id,
        created: false,
        lines: [{ quantity: 5, warehouseId: main }],
      });
      expect(result.customer.created).toBe(false);
      expect(await zksWithKey(key)).toHaveLength(1);
      await expectReservationsMatch(env.sandbox.db, [product.id]);
      const rerun = await second.waitFor((log) => log.msg === "command finished" && log.commandId === command.id);
      expect(rerun).toMatchObject({ ok: true, replayed: false });
    } finally {
      await agent.cleanup();
    }
  });
});
