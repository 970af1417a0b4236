import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { seeded, signIn } from "./fixtures.ts";

/** The portal's domain on the e2e database (loaded once global setup made it). */
async function loadDomain() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by global-setup");
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
  const [factories, agents, syncFixture, finish, db, bus] = await Promise.all([
    import("../support/factories.ts"),
    import("../support/agent-factories.ts"),
    import("../integration/sync/sync-fixture.ts"),
    import("../../apps/portal/src/server/erp-data/sync/finish-run.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
    import("../../apps/portal/src/server/agent-link/subscribe.ts"),
  ]);
  return { ...factories, ...agents, ...syncFixture, ...finish, ...db, ...bus };
}

/**
 * A sync page shows a run as the database had it when the page was rendered, then follows the
 * live stream, which the browser opens only once the page has loaded (seconds on a busy machine).
 * A run that ends in between announces it to nobody: the page must read again once its stream
 * is open, or it shows "in progress" until some later run of the client moves (minutes away).
 */
test("a run that finishes before the sync page's live stream opens shows finished", async ({ page }) => {
  // Loading the domain (tsx compiling it) and signing in take most of it on a loaded machine.
  test.setTimeout(90_000);
  const domain = await loadDomain();
  try {
    const company = await domain.makeCompany({ name: `Na żywo ${randomBytes(3).toString("hex")}` });
    // Its agent is away: the scheduler starts nothing, so the run below is the only one.
    const agent = await domain.makeReportingAgent({ companyId: company.id });
    await domain.configureIntegration({ companyId: company.id, agentId: agent.agentId });
    const integration = await domain.getDb().integration.findFirstOrThrow({ where: { companyId: company.id } });
    const run = await domain.getDb().syncRun.create({
      data: {
        integrationId: integration.id,
        companyId: company.id,
        group: "DOCUMENTS",
        kind: "FULL",
        trigger: "schedule",
        status: "RUNNING",
        startedAt: new Date(),
      },
    });

    // The live stream held back until the run has ended (and said so to every listener there was).
    let openStream = () => {};
    const streamHeld = new Promise<void>((resolve) => (openStream = resolve));
    await page.route("**/api/sync/events?*", async (route) => {
      await streamHeld;
      await route.continue();
    });
    await signIn(page, seeded().staff);
    const streamAsked = page.waitForRequest("**/api/sync/events?*");
    await page.goto(`/clients/${company.id}/sync`);
    const status = page.getByRole("region", { name: "Dokumenty" }).getByTestId("group-run-status-DOCUMENTS");
    await expect(status).toHaveText("w toku");
    // The page loaded and asks for its stream, which has not reached the portal yet: the run ends.
    await streamAsked;
    await domain.succeedRun(run);
    openStream();
    await expect(status).toHaveText("zakończona");
  } finally {
    await domain.closeBus();
    await domain.disconnectDb();
  }
});
