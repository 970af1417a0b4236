import {
  ZErpOrderCreateResult,
  ZWrittenDocument,
  type COMMANDS,
  type TCommandName,
  type TErpOrderCreateInput,
} from "@erp-bridge/shared";
import { expect } from "vitest";
import type { z } from "zod";
import { awaitCommand } from "../../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { randomNip, uniqueSuffix } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";

/**
 * A hub, a small ERP sandbox of the file's own and helpers to run order commands through the real
 * agent process: outbox, hub, tunnel, the agent's command runner, the Subiekt connector, the sandbox.
 */
export async function openOrderCommands() {
  const [hub, sandbox] = await Promise.all([
    startHub(),
    createSandbox({ size: { ...SMALL_SANDBOX, products: 80, customers: 20, documentLines: 300 } }),
  ]);
  const warehouses = await sandbox.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Id", "mag_Glowny"])
    .orderBy("mag_Glowny", "desc")
    .orderBy("mag_Id")
    .execute();
  const [main, shop, outlet] = warehouses.map((w) => w.mag_Id);
  if (main === undefined || shop === undefined || outlet === undefined)
    throw new Error("the sandbox has too few warehouses");
  const goods = await sandbox.db
    .selectFrom("tw__Towar")
    .select(["tw_Id", "tw_Symbol"])
    .where("tw_Rodzaj", "=", 1)
    .orderBy("tw_Id")
    .execute();
  let nextProduct = 0;

  return {
    hub,
    sandbox,
    warehouses: { main, shop, outlet },

    /** Goods no other test touched, with exactly `available` free in each listed warehouse (0 elsewhere). */
    async productWithStock(available: Record<number, number>) {
      const product = goods[nextProduct++];
      if (!product) throw new Error("the sandbox has run out of goods for the tests");
      for (const { mag_Id: warehouseId } of warehouses) {
        // On hand = reserved + free keeps the sandbox's reservations consistent with its orders.
        await sandbox.db
          .updateTable("tw_Stan")
          .set((eb) => ({ st_Stan: eb("st_StanRez", "+", available[warehouseId] ?? 0) }))
          .where("st_TowId", "=", product.tw_Id)
          .where("st_MagId", "=", warehouseId)
          .execute();
      }
      return { id: product.tw_Id, sku: product.tw_Symbol };
    },

    /** An agent over the sandbox, connected; cleanup() kills it and removes its files. */
    async connectedAgent() {
      const agent = await enrolledAgent({ portalUrl: hub.url, erpUrl: sandbox.url });
      const running = agent.run();
      await running.waitFor((log) => log.msg === "connected");
      return { ...agent, running };
    },

    async close() {
      await hub.close();
      await sandbox.drop();
    },
  };
}

/** A customer unknown to the ERP: found-or-created by NIP. */
export function newCustomer() {
  const suffix = uniqueSuffix();
  return { symbol: `WEB-${suffix}`, name: `Sklep ${suffix}`, nip: randomNip(), email: `biuro-${suffix}@example.com` };
}

/** Enqueues a command under a fresh portal key and waits for it to finish. */
export async function runCommand<N extends TCommandName>(options: {
  companyId: string;
  name: N;
  input: z.input<(typeof COMMANDS)[N]["input"]>;
}) {
  const command = await enqueueCommand({ ...options, idempotencyKey: `${options.name}-${uniqueSuffix()}` });
  return awaitCommand({ commandId: command.id, timeoutMs: 30_000 });
}

/** Runs a command that must succeed; returns its result (checked by the hub against the catalogue). */
async function succeed<N extends TCommandName>(options: Parameters<typeof runCommand<N>>[0]): Promise<unknown> {
  const finished = await runCommand(options);
  expect(finished.status, `${finished.errorCode}: ${finished.errorMessage}`).toBe("SUCCEEDED");
  return finished.result;
}

export async function createOrder(options: { companyId: string; input: TErpOrderCreateInput }) {
  return ZErpOrderCreateResult.parse(await succeed({ ...options, name: "erp.order.create" }));
}

/** sale, transfer, close and return all answer with the document written. */
export async function writeDocument<
  N extends "erp.order.sale" | "erp.order.transfer" | "erp.order.close" | "erp.order.return",
>(options: Parameters<typeof runCommand<N>>[0]) {
  return ZWrittenDocument.parse(await succeed(options));
}
