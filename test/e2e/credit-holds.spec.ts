import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { seedCreditCustomers } from "../integration/orders/credit-fixture.ts";
import { seeded, signIn } from "./fixtures.ts";
import { buyer, postOrder, products, queueRow, startClient, timeline, type TClient } from "./order-client.ts";

test("a B2B order over its customer's credit limit waits in the error queue with the reason; staff release it to the ERP", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const sandbox = await createSandbox({ size: SMALL_SANDBOX });
  let client: TClient | undefined;
  try {
    const wired = await startClient({ portalUrl: baseURL ?? "", sandbox });
    client = wired;
    const [, second] = await products(sandbox);
    await signIn(page, seeded().staff);

    // A B2B order that would take its customer over the credit limit waits in the queue with the
    // reason in złote; staff release it and it goes to the ERP.
    const { nearLimit } = await seedCreditCustomers(sandbox.db);
    const b2bKey = await wired.holdB2bOnCredit();
    const heldId = `B2B-${randomBytes(3).toString("hex")}`;
    const held = {
      externalId: heldId,
      id: await postOrder(
        request,
        wired,
        {
          externalId: heldId,
          document: "invoice",
          buyer: { ...buyer(), companyName: "Hurtownia Test sp. z o.o.", nip: nearLimit.nip },
          lines: [{ product: { sku: second.tw_Symbol }, quantity: 2, unitGross: 99.99, vatRate: 23 }],
          totalGross: 199.98,
        },
        b2bKey,
      ),
    };
    // The channel reads the hold from the API too.
    const answer = await request.get(`/api/v1/orders/${held.id}`, { headers: { authorization: `Bearer ${b2bKey}` } });
    expect(await answer.json()).toMatchObject({ order: { erp: { state: "held", errorCode: "creditHold" } } });
    await page.goto(`/clients/${wired.companyId}/integration`);
    await expect(page.getByRole("radio", { name: /Wstrzymuj do decyzji personelu/ })).toBeChecked();
    await page.goto(`/orders?view=errors&companyId=${wired.companyId}`);
    await expect(queueRow(page, held)).toContainText(
      /saldo klienta 900,00\s?zł wraz z tym zamówieniem \(199,98\s?zł\) przekroczyłoby jego limit kredytu 1000,00\s?zł/,
    );
    await expect(queueRow(page, held).getByRole("checkbox")).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath("credit-hold.png"), fullPage: true });
    await queueRow(page, held)
      .getByRole("button", { name: `Zwolnij ${heldId}` })
      .click();
    await expect(page.getByRole("status")).toHaveText("Zwolniono do ERP 1 zamówienie.");
    await expect(queueRow(page, held)).toHaveCount(0);
    await page.goto(`/orders/${held.id}`);
    await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(page.getByTestId("erp-released")).toContainText(seeded().staff.email);
    await expect(timeline(page).filter({ hasText: "Zwolnione z wstrzymania" })).toContainText(seeded().staff.email);
  } finally {
    await client?.close();
    await sandbox.drop();
  }
});
