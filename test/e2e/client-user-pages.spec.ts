import { expect, test } from "@playwright/test";
import { companyToActOn, loadDomain } from "./company-to-act-on.ts";
import { seeded, signIn } from "./fixtures.ts";

/**
 * One rule for every page: a client user sees their landing page and their reports; everything
 * else (clients and their configuration, agents, orders, sync, integrations) is staff's, and a
 * client user gets the same 404 as for a missing page, even for their own company's.
 */
test("client users open only their landing page and reports; every staff page answers them 404 and opens for staff", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const domain = await loadDomain();
  const target = await companyToActOn(domain);
  try {
    const { companyId, integrationId, orderId } = target.ids;
    const client = `/clients/${companyId}`;
    const staffPages = [
      "/clients",
      client,
      ...["setup", "details", "integration", "sync", "channels", "products", "spec", "spec/fingerprint", "audit"].map(
        (tab) => `${client}/${tab}`,
      ),
      `${client}/integrations`,
      ...["", "/settings", "/sync", "/products", "/spec"].map((tab) => `${client}/integrations/${integrationId}${tab}`),
      "/integrations",
      "/agents",
      "/orders",
      `/orders/${orderId}`,
      "/sync",
      "/reports",
    ];
    const clientPages = ["/home", `/reports/${companyId}`, `/reports/${companyId}/sales`];
    const statuses = async (account: { email: string; password: string }, paths: string[]) => {
      const context = await browser.newContext({ baseURL: baseURL ?? "" });
      const page = await context.newPage();
      await signIn(page, account);
      const answers: Record<string, number | undefined> = {};
      for (const path of paths) answers[path] = (await page.goto(path))?.status();
      await context.close();
      return answers;
    };
    const everyone = (paths: string[], status: number) => Object.fromEntries(paths.map((path) => [path, status]));

    // "/reports" takes a client user to their own company's reports.
    const asClient = await statuses(target.client, [...staffPages, ...clientPages]);
    expect(asClient).toEqual({ ...everyone(staffPages, 404), "/reports": 200, ...everyone(clientPages, 200) });
    const asStaff = await statuses(seeded().staff, [...staffPages, ...clientPages]);
    // Staff have no landing page of their own: "/home" takes them to the clients.
    expect(asStaff).toEqual({ ...everyone(staffPages, 200), ...everyone(clientPages, 200) });
  } finally {
    await target.cleanup();
    await domain.disconnectDb();
  }
});
