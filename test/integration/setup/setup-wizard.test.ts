import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { TFieldErrors, TFieldProblem } from "../../../apps/portal/src/server/platform/errors/field-problem.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { checkSetupStep } from "../../../apps/portal/src/server/erp-data/setup/check-setup-step.ts";
import { finishSetup } from "../../../apps/portal/src/server/erp-data/setup/finish-setup.ts";
import { checkSetupPreflight } from "../../../apps/portal/src/server/erp-data/setup/check-setup-preflight.ts";
import { getSetupDraft } from "../../../apps/portal/src/server/erp-data/setup/get-setup-draft.ts";
import { DEFAULT_SAMPLES, SETUP_STEPS } from "../../../apps/portal/src/server/erp-data/setup/setup-steps.ts";
import { eventually } from "../../support/eventually.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeUser } from "../../support/factories.ts";
import { syncedWorld } from "../../support/synced-world.ts";

let staff: Awaited<ReturnType<typeof makeUser>>;
/** A product with stock in the warehouse the test marks as the store. */
let sample: { sku: string; ean: string | null; storeId: number; showroomId: number };

// The wizard checks each step live through the agent: no engine works.
const world = syncedWorld({ engines: [] });

beforeAll(async () => {
  staff = await makeUser({ role: "STAFF" });
  const row = await world.sandbox.db
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw_Id", "st_TowId")
    .select(["tw_Symbol", "tw_PodstKodKresk", "st_MagId"])
    .where(sql<boolean>`"st_Stan" - "st_StanRez" >= 5`)
    .where("tw_Usuniety", "=", false)
    .orderBy("tw_Id")
    .executeTakeFirstOrThrow();
  const showroom = await world.sandbox.db
    .selectFrom("sl_Magazyn")
    .select("mag_Id")
    .where("mag_Id", "<>", row.st_MagId)
    .executeTakeFirstOrThrow();
  sample = {
    sku: row.tw_Symbol,
    ean: row.tw_PodstKodKresk || null,
    storeId: row.st_MagId,
    showroomId: showroom.mag_Id,
  };
}, 60_000);

const actor = () => staff.actor;

/** Every refusal the wizard gave, to check that staff can read each in their language. */
const refusals: unknown[] = [];
async function refused(promise: Promise<unknown>) {
  const failure = await failureOf(promise);
  refusals.push(failure);
  return failure;
}

async function check(step: string, changes: { settings?: object; samples?: object; agentId?: string | null } = {}) {
  const draft = await getSetupDraft({ actor: actor(), companyId: world.agent.companyId });
  return checkSetupStep({
    actor: actor(),
    companyId: world.agent.companyId,
    input: {
      step,
      agentId: changes.agentId === undefined ? world.agent.agentId : changes.agentId,
      settings: { ...draft.settings, ...changes.settings },
      samples: { ...draft.samples, ...changes.samples },
    },
  });
}

async function zkCount(): Promise<number> {
  const row = await world.sandbox.db
    .selectFrom("dok__Dokument")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("dok_Typ", "=", 15)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("setup wizard", () => {
  it("goes step by step against the live ERP, says what is wrong, and saves the integration at the end", async () => {
    // Steps open in order: nothing can be checked before the agent.
    expect(await refused(check("warehouses"))).toMatchObject({
      code: "CONFLICT",
      userMessage: 'Finish the step "agent" first',
      problem: { code: "earlierStepFirst", params: { step: "agent" } },
    });

    const agentStep = await check("agent");
    expect(agentStep).toMatchObject({ step: "agent", erp: { configured: true, reachable: true } });

    expect(await refused(check("scope", { settings: { dataGroups: { products: { enabled: true } } } }))).toMatchObject({
      code: "INVALID_INPUT",
    });
    const badInterval = await failureOf(
      check("scope", {
        settings: {
          dataGroups: {
            ...(await getSetupDraft({ actor: actor(), companyId: world.agent.companyId })).settings.dataGroups,
            stock: { enabled: true, direction: "erp_to_portal", intervalSeconds: 2 },
          },
        },
      }),
    );
    expect(badInterval).toMatchObject({
      fieldErrors: { "settings.dataGroups.stock.intervalSeconds": [{ code: "atLeast", params: { n: 5 } }] },
    });
    await check("scope");

    expect(
      await failureOf(
        check("warehouses", { settings: { warehouses: [{ erpId: sample.showroomId, role: "showroom" }] } }),
      ),
    ).toMatchObject({
      fieldErrors: { "settings.warehouses": [{ code: "noStore", params: {} }] },
    });
    expect(
      await refused(check("warehouses", { settings: { warehouses: [{ erpId: 99999, role: "store" }] } })),
    ).toMatchObject({
      fieldErrors: { "settings.warehouses.0.erpId": [{ code: "noWarehouse", params: { id: 99999 } }] },
    });
    const warehouses = [
      { erpId: sample.storeId, role: "store" },
      { erpId: sample.showroomId, role: "showroom" },
    ];
    const warehouseStep = await check("warehouses", { settings: { warehouses } });
    expect(warehouseStep).toMatchObject({
      step: "warehouses",
      stores: [{ id: sample.storeId }],
      showrooms: [{ id: sample.showroomId }],
    });

    const missing = await refused(check("identification", { samples: { codes: [sample.sku, "NO-SUCH-SKU"] } }));
    expect(missing).toMatchObject({
      fieldErrors: { "samples.codes": [{ code: "unknownSku", params: { codes: "NO-SUCH-SKU" } }] },
    });
    const identified = await check("identification", { samples: { codes: [sample.sku] } });
    expect(identified).toMatchObject({ step: "identification", products: [{ sku: sample.sku }] });

    const order = {
      ...DEFAULT_SAMPLES.order,
      code: sample.sku,
      quantity: 2,
      unitGross: 123,
      deliveryMethod: "salon",
      paymentMethod: "przelew",
    };
    const workflow = {
      paymentMethods: [{ channelCode: "przelew", erpName: "transfer", prepaid: true }],
      deliveryMethods: [{ channelCode: "salon", kind: "showroom_pickup", showroomWarehouseId: sample.showroomId }],
      // Our writer issues the sale documents (the sandbox), so the preflight writes FS, PA and KFS too.
      saleDocuments: "writer",
    };
    const unmapped = await failureOf(
      check("workflow", { settings: workflow, samples: { order: { ...order, deliveryMethod: "dron" } } }),
    );
    expect(unmapped).toMatchObject({
      fieldErrors: { "samples.order.deliveryMethod": [{ code: "sampleDelivery", params: {} }] },
    });
    const tooMuch = await refused(
      check("workflow", { settings: workflow, samples: { order: { ...order, quantity: 9_999 } } }),
    );
    expect(tooMuch).toMatchObject({ code: "INVALID_INPUT" });
    // The ERP's refusal comes as the order's own problem, for the page to word in the reader's language.
    expect((tooMuch as { fieldErrors: TFieldErrors }).fieldErrors).toEqual({
      "samples.order": [
        { code: "sampleRefused", params: expect.objectContaining({ cause: "orders.erpError.noStock" }) },
      ],
    });

    const zkBefore = await zkCount();
    const dryRun = await check("workflow", { settings: workflow, samples: { order } });
    expect(dryRun).toMatchObject({
      step: "workflow",
      dryRun: {
        ok: true,
        preview: { order: { dryRun: true, warehouseId: sample.storeId, lines: [{ sku: sample.sku, quantity: 2 }] } },
      },
      saleDocument: "PA",
      transferTo: { id: sample.showroomId },
      orderTotal: 246,
    });
    expect(await zkCount()).toBe(zkBefore);

    // The draft holds what passed; a colleague opening the wizard continues from there.
    const draft = await getSetupDraft({ actor: actor(), companyId: world.agent.companyId });
    expect(draft.checkedSteps).toEqual(["agent", "scope", "warehouses", "identification", "workflow"]);
    expect(draft.updated?.by).toBe(staff.email);
    expect(await getDb().integration.findFirst({ where: { companyId: world.agent.companyId } })).toBeNull();

    const badAlert = await failureOf(
      finishSetup({
        actor: actor(),
        companyId: world.agent.companyId,
        input: { settings: { alerts: { ...draft.settings.alerts, agentOfflineMinutes: 0 } } },
      }),
    );
    expect(badAlert).toMatchObject({
      fieldErrors: { "settings.alerts.agentOfflineMinutes": [{ code: "atLeast", params: { n: 1 } }] },
    });
    // The last step's write preflight: each document the settings write, written and rolled back.
    const preflight = await checkSetupPreflight({ actor: actor(), companyId: world.agent.companyId });
    expect(preflight.verdicts.map((v) => [v.document, v.ok])).toEqual(
      ["customer", "ZK", "ZK_reserved", "MM", "FS", "PA", "KFS"].map((document) => [document, true]),
    );
    expect(await zkCount()).toBe(zkBefore);
    // A column the writer does not fill, NOT NULL without a default: the save itself runs the
    // preflight and refuses, naming the document and the ERP's message with the column.
    await sql`alter table "dok_Pozycja" add column "ob_Preflight" int not null default 0`.execute(world.sandbox.db);
    await sql`alter table "dok_Pozycja" alter column "ob_Preflight" drop default`.execute(world.sandbox.db);
    try {
      const broken = await refused(
        finishSetup({ actor: actor(), companyId: world.agent.companyId, input: { settings: draft.settings } }),
      );
      const said = (broken as { fieldErrors: Record<string, TFieldProblem[]> }).fieldErrors.preflight ?? [];
      expect(said[0]).toMatchObject({ code: "preflightRefused", params: { document: "ZK" } });
      expect(String(said[0]?.params.detail)).toMatch(/^dok_Pozycja\.ob_Preflight: the ERP refused: /);
      expect(said).toHaveLength(6);
      expect(await getDb().integration.findFirst({ where: { companyId: world.agent.companyId } })).toBeNull();
    } finally {
      await sql`alter table "dok_Pozycja" drop column "ob_Preflight"`.execute(world.sandbox.db);
    }
    // The agent offline: the preflight cannot run, and the save is refused rather than made without it.
    await world.agentProcess().stop();
    await eventually(
      async () => ((await getDb().agent.findUnique({ where: { id: world.agent.agentId } }))?.online ? undefined : true),
      { what: "the agent offline" },
    );
    for (const attempt of [
      () => checkSetupPreflight({ actor: actor(), companyId: world.agent.companyId }),
      () => finishSetup({ actor: actor(), companyId: world.agent.companyId, input: { settings: draft.settings } }),
    ]) {
      expect(await failureOf(attempt())).toMatchObject({
        code: "UNAVAILABLE",
        userMessage: /is offline$/,
        problem: { code: "agentOffline", params: { name: expect.any(String) as string } },
      });
    }
    expect(await getDb().integration.findFirst({ where: { companyId: world.agent.companyId } })).toBeNull();
    await world.restartAgent();
    await eventually(
      async () => ((await getDb().agent.findUnique({ where: { id: world.agent.agentId } }))?.online ? true : undefined),
      { what: "the agent online again" },
    );
    const saved = await finishSetup({
      actor: actor(),
      companyId: world.agent.companyId,
      input: { settings: { alerts: { ...draft.settings.alerts, agentOfflineMinutes: 3 } } },
    });
    expect(saved.version).toBe(1);
    const integration = await getIntegration({ actor: actor(), companyId: world.agent.companyId });
    // The ERP's names of the warehouses are kept with the settings, for people to read.
    const [storeRow] = integration.settings.warehouses;
    expect(storeRow).toMatchObject({ erpId: sample.storeId, code: expect.any(String), name: expect.any(String) });
    expect(integration).toMatchObject({
      agentId: world.agent.agentId,
      settings: { warehouses, alerts: { agentOfflineMinutes: 3 } },
    });
    expect(await getDb().setupDraft.findFirst({ where: { companyId: world.agent.companyId } })).toBeNull();
    // Reopened after the save, the wizard counts every step as checked (it lands after them).
    expect((await getSetupDraft({ actor: actor(), companyId: world.agent.companyId })).checkedSteps).toEqual([
      ...SETUP_STEPS,
    ]);
    const runs = await getDb().syncState.count({ where: { companyId: world.agent.companyId } });
    expect(runs).toBeGreaterThan(0);

    // Every refusal says why in a code of its own, which the pages put into words.
    const problems = refusals.flatMap((failure) =>
      Object.values((failure as { fieldErrors?: TFieldErrors }).fieldErrors ?? {}).flat(),
    );
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.filter((problem) => problem.code === "invalid")).toEqual([]);

    // Checking an earlier step again clears the later ones: they are checked with the new values.
    await check("agent");
    await check("scope");
    expect((await getSetupDraft({ actor: actor(), companyId: world.agent.companyId })).checkedSteps).toEqual([
      "agent",
      "scope",
    ]);
  }, 120_000);

  it("a draft started before someone else's save is set aside, and client users cannot use the wizard", async () => {
    const before = await getSetupDraft({ actor: actor(), companyId: world.agent.companyId });
    const current = await getIntegration({ actor: actor(), companyId: world.agent.companyId });
    await getDb().integration.updateMany({
      where: { companyId: world.agent.companyId },
      data: { version: current.version + 1 },
    });
    const after = await getSetupDraft({ actor: actor(), companyId: world.agent.companyId });
    expect(before.checkedSteps.length).toBeGreaterThan(0);
    expect(after).toMatchObject({ setAside: true, checkedSteps: [], baseVersion: current.version + 1 });

    const client = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    const refused = await failureOf(
      checkSetupStep({ actor: client.actor, companyId: world.agent.companyId, input: {} }),
    );
    expect(refused).toMatchObject({ code: "NOT_FOUND" });
  }, 60_000);
});
