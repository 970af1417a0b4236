import { storedKey } from "../../../apps/agent/src/erp/subiekt-gt/schema/document-key.ts";
import { writeFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDialectHelpers } from "../../../apps/agent/src/erp/sql/dialect-helpers.ts";
import { BRIDGE_CALLS, type TBridgeWritten } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-calls.ts";
import type { TFault } from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/faults.ts";
import { findDocumentByKey } from "../../../apps/agent/src/erp/subiekt-gt/sfera/find-document-by-key.ts";
import { sampleSymbols } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sample-symbols.ts";
import { runSferaCheck } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sfera-check.ts";
import { SferaSupervisor } from "../../../apps/agent/src/erp/subiekt-gt/sfera/sfera-supervisor.ts";
import type { TCallOutcome } from "../../../apps/agent/src/erp/subiekt-gt/sfera/supervisor-types.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { expectNumbersUnique, expectReservationsMatch } from "../subiekt-writes/invariants.ts";
import { eventually } from "../../support/eventually.ts";
import {
  bridgesRunning,
  emulatedBridge,
  faultPlan,
  LOGIN,
  recordingLogger,
  TIMINGS,
} from "../../support/sfera/bridges.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let supervisor: SferaSupervisor;
let faults: string;
let customerId: number;
let main: number;
let showroom: number;
let goods: { sku: string; id: number }[];
let serial = 0;

const h = createDialectHelpers({ dialect: "postgres" });
const newSupervisor = (plan: string) =>
  new SferaSupervisor({
    bridge: emulatedBridge({ erpUrl: sandbox.url, faults: plan }),
    login: LOGIN,
    findByKey: (lookup) => findDocumentByKey({ db: sandbox.db, h, lookup }),
    log: recordingLogger().log,
    timings: TIMINGS,
  });

beforeAll(async () => {
  sandbox = await createSandbox({ size: { ...SMALL_SANDBOX, products: 60, customers: 20, documentLines: 300 } });
  const warehouses = await sandbox.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Id", "mag_Glowny"])
    .orderBy("mag_Id")
    .execute();
  main = warehouses.find((w) => w.mag_Glowny)?.mag_Id ?? 0;
  showroom = warehouses.find((w) => !w.mag_Glowny)?.mag_Id ?? 0;
  const stocked = await sandbox.db
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw_Id", "st_TowId")
    .select(["tw_Symbol", "tw_Id"])
    .where("st_MagId", "=", main)
    .where("tw_Rodzaj", "=", 1)
    .where(sql<boolean>`"st_Stan" - "st_StanRez" >= 50`)
    .orderBy("tw_Id")
    .limit(2)
    .execute();
  goods = stocked.map((row) => ({ sku: row.tw_Symbol, id: row.tw_Id }));
  faults = faultPlan();
  supervisor = newSupervisor(faults);
  supervisor.start();
  const customer = await supervisor.call(BRIDGE_CALLS["customer.create"], {
    symbol: "SFERA-1",
    name: "Anna Nowak",
    email: "anna@example.pl",
    city: "Kraków",
  });
  if (!customer.ok) throw new Error(customer.error.message);
  customerId = customer.value.customer.id;
});
afterAll(async () => {
  await supervisor?.stop();
  await sandbox?.drop();
});

/** Keys as the Sfera writer gives them to the bridge: in their stored form, which the bridge writes as is. */
const key = (step: string) => storedKey(`o${String(++serial).padStart(4, "0")}-${step}`) ?? "";
const arm = (type: string, fault: TFault) => writeFileSync(faults, JSON.stringify({ [type]: fault }));
const rowsWithKey = (externalKey: string) =>
  sandbox.db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ"])
    .where("dok_NrPelnyOryg", "=", externalKey)
    .execute();

async function written<T>(
  outcome: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await outcome;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const orderCall = (orderKey: string) => ({
  key: orderKey,
  customerId,
  warehouseId: main,
  reserve: true,
  lines: goods.map((g) => ({ sku: g.sku, quantity: 2, netPrice: 12.5 })),
});

type TStep = {
  type: string;
  key: string;
  send: (options?: { timeoutMs: number }) => Promise<TCallOutcome<TBridgeWritten>>;
};

/** Each keyed step of an order's life, with what it needs written before it. */
const STEPS: Record<"order.create" | "sale.create" | "transfer.create" | "return.create", () => Promise<TStep>> = {
  "order.create": async () => {
    const payload = orderCall(key("zk"));
    return {
      type: "order.create",
      key: payload.key,
      send: (o) => supervisor.call(BRIDGE_CALLS["order.create"], payload, o),
    };
  },
  "sale.create": async () => {
    const zk = await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(key("zk"))));
    const payload = { key: key("s"), kind: "PA" as const, orderId: zk.document.id };
    return {
      type: "sale.create",
      key: payload.key,
      send: (o) => supervisor.call(BRIDGE_CALLS["sale.create"], payload, o),
    };
  },
  "transfer.create": async () => {
    const lines = [{ sku: goods[0]?.sku ?? "", quantity: 1 }];
    const payload = { key: key("t"), fromWarehouseId: main, toWarehouseId: showroom, lines };
    return {
      type: "transfer.create",
      key: payload.key,
      send: (o) => supervisor.call(BRIDGE_CALLS["transfer.create"], payload, o),
    };
  },
  "return.create": async () => {
    const zk = await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(key("zk"))));
    const sale = { key: key("s"), kind: "FS" as const, orderId: zk.document.id };
    const fs = await written(supervisor.call(BRIDGE_CALLS["sale.create"], sale));
    const payload = { key: key("r1"), saleId: fs.document.id, lines: [{ sku: goods[0]?.sku ?? "", quantity: 1 }] };
    return {
      type: "return.create",
      key: payload.key,
      send: (o) => supervisor.call(BRIDGE_CALLS["return.create"], payload, o),
    };
  },
};

describe("the emulated Sfera bridge, supervised", () => {
  it("writes a customer, ZK, FS, PA, MM and KFS and closes an order, each once per key", async () => {
    const zkKey = key("zk");
    const zk = await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(zkKey)));
    expect(zk).toMatchObject({ created: true, document: { number: expect.stringMatching(/^ZK /) } });
    expect(await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(zkKey)))).toEqual({
      ...zk,
      created: false,
      warnings: [],
    });
    const fs = await written(
      supervisor.call(BRIDGE_CALLS["sale.create"], { key: key("s"), kind: "FS", orderId: zk.document.id }),
    );
    const zk2 = await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(key("zk"))));
    const pa = await written(
      supervisor.call(BRIDGE_CALLS["sale.create"], { key: key("s"), kind: "PA", orderId: zk2.document.id }),
    );
    const mm = await written(
      supervisor.call(BRIDGE_CALLS["transfer.create"], {
        key: key("t"),
        fromWarehouseId: main,
        toWarehouseId: showroom,
        lines: [{ sku: goods[1]?.sku ?? "", quantity: 1 }],
      }),
    );
    const kfs = await written(
      supervisor.call(BRIDGE_CALLS["return.create"], {
        key: key("r1"),
        saleId: fs.document.id,
        lines: [{ sku: goods[0]?.sku ?? "", quantity: 1 }],
      }),
    );
    const zk3 = await written(supervisor.call(BRIDGE_CALLS["order.create"], orderCall(key("zk"))));
    const cancelled = await written(
      supervisor.call(BRIDGE_CALLS["order.close"], { orderId: zk3.document.id, action: "cancel" }),
    );
    expect(cancelled.created).toBe(true);
    const types = await sandbox.db
      .selectFrom("dok__Dokument")
      .select(["dok_Id", "dok_Typ", "dok_Status"])
      .where(
        "dok_Id",
        "in",
        [fs, pa, mm, kfs, zk3].map((w) => w.document.id),
      )
      .orderBy("dok_Id")
      .execute();
    expect(types.map((row) => [row.dok_Typ, row.dok_Status])).toEqual([
      [2, 1],
      [21, 1],
      [9, 1],
      [6, 1],
      [16, 6],
    ]);
    await expectReservationsMatch(
      sandbox.db,
      goods.map((g) => g.id),
    );
    await expectNumbersUnique(sandbox.db);
    expect((await supervisor.health()).lastSaveAt).not.toBeNull();
  });

  it("refuses what the writer refuses, in its words, and writes nothing", async () => {
    const refused = await supervisor.call(BRIDGE_CALLS["order.create"], {
      ...orderCall(key("zk")),
      lines: [{ sku: "NO-SUCH-SKU", quantity: 1, netPrice: 1 }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: "REFUSED", retryable: false } });
    expect(refused.ok ? "" : refused.error.message).toContain("NO-SUCH-SKU");
  });

  it.each(Object.keys(STEPS) as (keyof typeof STEPS)[])(
    "%s: a bridge that dies right after its write leaves one document, which the retry returns",
    async (step) => {
      const { type, key: stepKey, send } = await STEPS[step]();
      arm(type, "exit-after-write");
      const died = await send();
      expect(died).toMatchObject({ ok: false, error: { code: "BRIDGE_EXITED", retryable: true } });
      expect(await rowsWithKey(stepKey)).toHaveLength(1);
      expect(await supervisor.ready()).toEqual({ ok: true });
      const retried = await written(send());
      expect(retried.created).toBe(false);
      expect(await rowsWithKey(stepKey)).toEqual([expect.objectContaining({ dok_Id: retried.document.id })]);
    },
  );

  it("a bridge hanging past its timeout after the write: answered retryable, restarted, one document", async () => {
    const step = await STEPS["sale.create"]();
    arm(step.type, "hang-after-write");
    const hung = await step.send({ timeoutMs: 3000 });
    expect(hung).toMatchObject({ ok: false, error: { code: "BRIDGE_TIMEOUT", retryable: true } });
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect((await written(step.send())).created).toBe(false);
    expect(await rowsWithKey(step.key)).toHaveLength(1);
  });

  it("a bridge hanging before the write: the retry writes the document once", async () => {
    const step = await STEPS["order.create"]();
    arm(step.type, "hang-before-write");
    const hung = await step.send({ timeoutMs: 3000 });
    expect(hung).toMatchObject({ ok: false, error: { code: "BRIDGE_TIMEOUT", retryable: true } });
    expect(await rowsWithKey(step.key)).toEqual([]);
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect((await written(step.send())).created).toBe(true);
    expect(await rowsWithKey(step.key)).toHaveLength(1);
    await expectReservationsMatch(
      sandbox.db,
      goods.map((g) => g.id),
    );
  });

  it("a bridge killed while it holds a finished write: one document, found by the retry", async () => {
    const step = await STEPS["transfer.create"]();
    arm(step.type, "hang-after-write");
    const pending = step.send();
    await eventually(async () => ((await rowsWithKey(step.key)).length === 1 ? true : undefined), {
      what: "the transfer committed",
    });
    for (const pid of bridgesRunning(faults)) process.kill(pid, "SIGKILL");
    expect(await pending).toMatchObject({ ok: false, error: { code: "BRIDGE_EXITED", retryable: true } });
    expect(await supervisor.ready()).toEqual({ ok: true });
    expect((await written(step.send())).created).toBe(false);
    expect(await rowsWithKey(step.key)).toHaveLength(1);
  });

  it("sfera-check reads the database's first product and customer through the bridge and saves nothing", async () => {
    const sample = await sampleSymbols({ db: sandbox.db, h });
    if (!sample) throw new Error("the sandbox has no product or customer");
    const before = await sandbox.db
      .selectFrom("dok__Dokument")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const report = await runSferaCheck({ supervisor: newSupervisor(faultPlan()), sample });
    expect(report.ok).toBe(true);
    expect(report.lines[0]).toBe("session:  open as operator Integracja, Subiekt emulated");
    expect(report.lines[1]).toMatch(new RegExp(`^product:  ${sample.productSymbol} ".+" \\(id \\d+\\)$`));
    expect(report.lines[2]).toMatch(new RegExp(`^customer: ${sample.customerSymbol} ".+" \\(id \\d+\\)$`));
    const after = await sandbox.db
      .selectFrom("dok__Dokument")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
