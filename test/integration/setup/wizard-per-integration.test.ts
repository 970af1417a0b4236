import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { getIntegration } from "../../../apps/portal/src/server/erp-data/integrations/get-integration.ts";
import { listIntegrations } from "../../../apps/portal/src/server/erp-data/integrations/list-integrations.ts";
import { saveIntegration } from "../../../apps/portal/src/server/erp-data/integrations/save-integration.ts";
import { checkSetupStep } from "../../../apps/portal/src/server/erp-data/setup/check-setup-step.ts";
import { finishSetup } from "../../../apps/portal/src/server/erp-data/setup/finish-setup.ts";
import { getSetupDraft } from "../../../apps/portal/src/server/erp-data/setup/get-setup-draft.ts";
import { DEFAULT_SAMPLES, SETUP_STEPS } from "../../../apps/portal/src/server/erp-data/setup/setup-steps.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { startTwoErpAgent, type TTwoErpAgent } from "../../support/two-erp-agent.ts";

type TSandbox = Awaited<ReturnType<typeof createSandbox>>;

let world: TTwoErpAgent;
let branch: TSandbox;
let agent: TTwoErpAgent["agent"];
let staff: Awaited<ReturnType<typeof makeUser>>;
/** Head office's integration, made before the wizard runs: the one a second setup must leave alone. */
let first: { id: string };
/**
 * The branch's sample product, with stock in the store warehouse, and a showroom. The sandboxes are
 * generated alike, so head office's database has them too: what tells the databases apart is the
 * connection each command names, and one product renamed in the branch's (BRANCH_ONLY).
 */
let sample: { sku: string; store: number; showroom: number };

/** A symbol only the branch's database has: a check that finds it read through the branch's connection. */
const BRANCH_ONLY = "ODDZIAL-TYLKO-1";

/**
 * One real agent at the client serving head office's Subiekt GT (default), a branch's Subiekt GT
 * ("branch", and "spare": the same branch database reached another way, as after a server swap)
 * and a partner's Optima ("partner"). Head office's integration is set up already.
 */
beforeAll(async () => {
  branch = await createSandbox({ size: SMALL_SANDBOX });
  const stocked = await branch.db
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw_Id", "st_TowId")
    .select(["tw_Id", "tw_Symbol", "st_MagId"])
    .where(sql<boolean>`"st_Stan" - "st_StanRez" >= 5`)
    .where("tw_Usuniety", "=", false)
    .where("tw_Zablokowany", "=", false)
    .orderBy("tw_Id")
    .executeTakeFirstOrThrow();
  await branch.db
    .updateTable("tw__Towar")
    .set({ tw_Symbol: BRANCH_ONLY })
    .where("tw_Id", "=", (eb) =>
      eb
        .selectFrom("tw__Towar")
        .select(eb.fn.min("tw_Id").as("id"))
        .where("tw_Id", ">", stocked.tw_Id)
        .where("tw_Usuniety", "=", false)
        .where("tw_Zablokowany", "=", false),
    )
    .execute();
  const showroom = await branch.db
    .selectFrom("sl_Magazyn")
    .select("mag_Id")
    .where("mag_Id", "<>", stocked.st_MagId)
    .executeTakeFirstOrThrow();
  sample = { sku: stocked.tw_Symbol, store: stocked.st_MagId, showroom: showroom.mag_Id };
  world = await startTwoErpAgent({
    connections: ({ optima }) => [
      { key: "branch", erpType: "subiekt-gt", erpUrl: branch.url },
      { key: "spare", erpType: "subiekt-gt", erpUrl: branch.url },
      { key: "partner", erpType: "optima", erpUrl: optima },
    ],
  });
  agent = world.agent;
  staff = await makeUser({ role: "STAFF" });
  const headStore = await world.subiekt.db.selectFrom("sl_Magazyn").select("mag_Id").executeTakeFirstOrThrow();
  first = await saveIntegration({
    actor: staff.actor,
    companyId: agent.companyId,
    input: {
      name: "Centrala",
      agentId: agent.agentId,
      settings: { ...DEFAULT_SETTINGS, warehouses: [{ erpId: headStore.mag_Id, role: "store" }] },
      expectedVersion: 0,
    },
  });
}, 90_000);

afterAll(async () => {
  await world?.close();
  await branch?.drop();
});

const companyId = () => agent.companyId;

/** One wizard step of the integration `target` (null: a new one), from its draft with `changes`. */
async function check(
  target: string | null,
  step: string,
  changes: { erp?: object; settings?: object; samples?: object } = {},
) {
  const draft = await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: target });
  return checkSetupStep({
    actor: staff.actor,
    companyId: companyId(),
    integrationId: target,
    input: {
      step,
      agentId: agent.agentId,
      erp: changes.erp ?? draft.erp,
      settings: { ...draft.settings, ...changes.settings },
      samples: { ...draft.samples, ...changes.samples },
    },
  });
}

const integrationNamed = async (name: string) =>
  getDb().integration.findFirstOrThrow({ where: { companyId: companyId(), name } });

describe("the setup wizard with several integrations", () => {
  it("sets up a second Subiekt GT integration on its own connection, named by staff, leaving the first untouched", async () => {
    const firstBefore = await getIntegration({ actor: staff.actor, companyId: companyId(), integrationId: first.id });
    const startedAt = new Date();
    const erp = { erpType: "SUBIEKT_GT", agentConnection: "branch", name: "Oddział" };
    await check(null, "agent", { erp });
    await check(null, "scope");
    const warehouses = [
      { erpId: sample.store, role: "store" },
      { erpId: sample.showroom, role: "showroom" },
    ];
    await check(null, "warehouses", { settings: { warehouses } });
    await check(null, "identification", { samples: { codes: [sample.sku] } });
    const workflow = await check(null, "workflow", {
      settings: {
        paymentMethods: [{ channelCode: "przelew", erpName: "transfer", prepaid: true }],
        deliveryMethods: [{ channelCode: "kurier", kind: "courier", showroomWarehouseId: null }],
        saleDocuments: "writer",
      },
      samples: {
        order: { ...DEFAULT_SAMPLES.order, code: sample.sku, deliveryMethod: "kurier", paymentMethod: "przelew" },
      },
    });
    expect(workflow).toMatchObject({ dryRun: { ok: true } });

    const saved = await finishSetup({
      actor: staff.actor,
      companyId: companyId(),
      integrationId: null,
      input: { settings: {} },
    });
    expect(saved).toMatchObject({ name: "Oddział", erpType: "SUBIEKT_GT", agentConnection: "branch", version: 1 });
    expect(saved.id).not.toBe(first.id);
    expect(await getIntegration({ actor: staff.actor, companyId: companyId(), integrationId: first.id })).toEqual(
      firstBefore,
    );
    const listed = await listIntegrations({ actor: staff.actor, companyId: companyId() });
    expect(listed.map((i) => [i.name, i.agentConnection])).toEqual([
      ["Centrala", "default"],
      ["Oddział", "branch"],
    ]);
    // Every check, the write preflight and the save's own check asked the branch's database.
    const commands = await getDb().agentCommand.findMany({
      where: { companyId: companyId(), createdAt: { gte: startedAt } },
      select: { name: true, connection: true },
    });
    expect(new Set(commands.map((c) => c.name))).toEqual(
      new Set(["erp.status", "erp.read", "erp.products.find", "erp.order.create", "erp.writes.preflight"]),
    );
    expect(new Set(commands.map((c) => c.connection))).toEqual(new Set(["branch"]));
    expect(await getDb().setupDraft.count({ where: { companyId: companyId() } })).toBe(0);

    // The name and the connection of a new integration must not be another integration's, by the field.
    expect(await failureOf(check(null, "agent", { erp: { ...erp, name: "Centrala" } }))).toMatchObject({
      fieldErrors: { name: [{ code: "integrationNameTaken" }] },
    });
    expect(await failureOf(check(null, "agent", { erp: { ...erp, name: "Filia" } }))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionUsedBy", params: { name: "Oddział" } }] },
    });
    // With two integrations the wizard is told which one it sets up, rather than guessing.
    expect(await failureOf(getSetupDraft({ actor: staff.actor, companyId: companyId() }))).toMatchObject({
      code: "CONFLICT",
      problem: { code: "chooseIntegration" },
    });
  }, 180_000);

  it("checks a draft for staleness against the integration it sets up", async () => {
    const second = await integrationNamed("Oddział");
    await check(second.id, "agent");
    const firstNow = await getIntegration({ actor: staff.actor, companyId: companyId(), integrationId: first.id });
    // Someone saves head office's integration meanwhile: the branch's draft stands.
    await saveIntegration({
      actor: staff.actor,
      companyId: companyId(),
      integrationId: first.id,
      input: { agentId: agent.agentId, settings: firstNow.settings, expectedVersion: firstNow.version },
    });
    expect(await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: second.id })).toMatchObject(
      { setAside: false, checkedSteps: ["agent"], baseVersion: second.version },
    );
    // Head office's wizard has no draft of its own: the branch's is not its.
    expect(await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: first.id })).toMatchObject({
      updated: null,
      checkedSteps: [...SETUP_STEPS],
      baseVersion: firstNow.version + 1,
    });
    // Someone saves the branch's integration meanwhile: its draft is set aside.
    const secondNow = await getIntegration({ actor: staff.actor, companyId: companyId(), integrationId: second.id });
    await saveIntegration({
      actor: staff.actor,
      companyId: companyId(),
      integrationId: second.id,
      input: {
        agentId: agent.agentId,
        agentConnection: "branch",
        settings: secondNow.settings,
        expectedVersion: secondNow.version,
      },
    });
    expect(await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: second.id })).toMatchObject(
      { setAside: true, checkedSteps: [], baseVersion: second.version + 1 },
    );
  }, 60_000);

  it("gives a new Comarch ERP Optima integration the name staff chose", async () => {
    const erp = { erpType: "OPTIMA", agentConnection: "partner", name: "Partner (Optima)" };
    await check(null, "agent", { erp });
    const draft = await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: null });
    expect(draft.erp).toEqual(erp);
    const readOnly = Object.fromEntries(
      Object.entries(draft.settings.dataGroups).map(([key, g]) => [key, { ...g, direction: "erp_to_portal" }]),
    );
    await check(null, "scope", { settings: { dataGroups: readOnly } });
    const saved = await finishSetup({
      actor: staff.actor,
      companyId: companyId(),
      integrationId: null,
      input: { settings: {} },
    });
    expect(saved).toMatchObject({ name: "Partner (Optima)", erpType: "OPTIMA", agentConnection: "partner" });
    // Set up again, it keeps its type and name whatever the agent step sends.
    await check(saved.id, "agent", { erp: { erpType: "SUBIEKT_GT", agentConnection: "partner", name: "Inna" } });
    expect(await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: saved.id })).toMatchObject({
      integration: { name: "Partner (Optima)", erpType: "OPTIMA" },
      erp: { erpType: "OPTIMA", agentConnection: "partner" },
    });
  }, 60_000);

  it("moves an integration to another connection of its ERP: refused when taken or of another type, else saved and audited with its copy kept", async () => {
    const second = await integrationNamed("Oddział");
    // Its sync's cursor: the cloud copy stays with the integration, as the database is the same.
    await getDb().syncState.update({
      where: { integrationId_group: { integrationId: second.id, group: "PRODUCTS" } },
      data: { cursor: "cursor-before-move" },
    });
    const move = (agentConnection: string) =>
      saveIntegration({
        actor: staff.actor,
        companyId: companyId(),
        integrationId: second.id,
        // As the settings page saves: a change of where it writes runs the write preflight there.
        preflightChangedWrites: true,
        input: {
          agentId: agent.agentId,
          agentConnection,
          settings: second.settings,
          expectedVersion: second.version,
        },
      });
    expect(await failureOf(move("default"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionUsedBy", params: { name: "Centrala" } }] },
    });
    expect(await failureOf(move("partner"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "optima" } }] },
    });
    expect(await failureOf(move("elsewhere"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionNotReported" }] },
    });
    expect(await integrationNamed("Oddział")).toMatchObject({ agentConnection: "branch", version: second.version });

    const moved = await move("spare");
    expect(moved).toMatchObject({ agentConnection: "spare", version: second.version + 1 });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { companyId: companyId(), entity: "integration", entityId: second.id, action: "update" },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    });
    expect(audit).toMatchObject({
      actorEmail: staff.email,
      before: { agentConnection: "branch" },
      after: { agentConnection: "spare" },
    });
    const state = await getDb().syncState.findUniqueOrThrow({
      where: { integrationId_group: { integrationId: second.id, group: "PRODUCTS" } },
    });
    expect(state.cursor).toBe("cursor-before-move");
    // Set up again, the wizard goes through the new connection: the branch's own product is found there.
    await check(second.id, "agent");
    expect((await getSetupDraft({ actor: staff.actor, companyId: companyId(), integrationId: second.id })).erp).toEqual(
      { erpType: "SUBIEKT_GT", agentConnection: "spare" },
    );
    await check(second.id, "scope");
    await check(second.id, "warehouses");
    expect(await check(second.id, "identification", { samples: { codes: [BRANCH_ONLY] } })).toMatchObject({
      products: [{ sku: BRANCH_ONLY }],
    });
  }, 90_000);

  it("gives an agent to an integration that had none only through the checks a move runs, each naming the connection", async () => {
    const agentless = await saveIntegration({
      actor: staff.actor,
      companyId: companyId(),
      input: { agentId: null, name: "Bez agenta", settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    const give = (agentConnection: string) =>
      saveIntegration({
        actor: staff.actor,
        companyId: companyId(),
        integrationId: agentless.id,
        input: { agentId: agent.agentId, agentConnection, settings: DEFAULT_SETTINGS, expectedVersion: 1 },
      });
    expect(await failureOf(give("default"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionUsedBy", params: { name: "Centrala" } }] },
    });
    expect(await failureOf(give("partner"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionOtherErp", params: { code: "optima" } }] },
    });
    expect(await failureOf(give("elsewhere"))).toMatchObject({
      fieldErrors: { agentConnection: [{ code: "agentConnectionNotReported" }] },
    });
    expect(await integrationNamed("Bez agenta")).toMatchObject({ agentId: null, version: 1 });
    // The branch's connection is free since the branch's integration moved to "spare".
    expect(await give("branch")).toMatchObject({ agentId: agent.agentId, agentConnection: "branch", version: 2 });
  }, 60_000);

  it("answers another company's integration as not found", async () => {
    const other = await makeCompany();
    const theirs = await saveIntegration({
      actor: STAFF_ACTOR,
      companyId: other.id,
      input: { agentId: null, settings: DEFAULT_SETTINGS, expectedVersion: 0 },
    });
    const target = { actor: staff.actor, companyId: companyId(), integrationId: theirs.id };
    for (const attempt of [
      () => getSetupDraft(target),
      () => checkSetupStep({ ...target, input: { step: "agent", agentId: agent.agentId, settings: {}, samples: {} } }),
      () => finishSetup({ ...target, input: { settings: {} } }),
    ]) {
      expect(await failureOf(attempt())).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
