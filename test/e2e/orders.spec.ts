import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { sql } from "kysely";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { seeded, signIn } from "./fixtures.ts";
import { postOrder, products, queueRow as queueRowOf, startClient, timeline, type TClient } from "./order-client.ts";

test("staff watch an order reach the ERP, get paid, and bring refused orders back from the error queue", async ({
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
    const [first, second] = await products(sandbox);
    await signIn(page, seeded().staff);

    // The agent reports its Sfera bridge: logged in as the dedicated operator, on the dashboard and
    // on the agents page (the status the agent sends after the session opens; reloaded until then).
    const sferaReady = "Sfera: zalogowana jako Integracja, Subiekt emulated";
    await page.goto(`/clients/${wired.companyId}`);
    const dashboardAgent = page.getByTestId(`dashboard-agent-${wired.agentId}`).locator("[data-sfera-state]");
    await expect(async () => {
      await page.reload();
      await expect(dashboardAgent).toHaveAttribute("data-sfera-state", "ready", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(dashboardAgent).toContainText(sferaReady);
    await page.goto("/agents");
    const agentsRow = page.getByTestId(`agent-${wired.agentId}`).locator("[data-sfera-state]");
    await expect(agentsRow).toHaveAttribute("data-sfera-state", "ready");
    await expect(agentsRow).toContainText(sferaReady);
    // Where the writers are chosen: why previews still go through SQL.
    await page.goto(`/clients/${wired.companyId}/integration`);
    await expect(page.getByTestId("writers-dry-run-note")).toContainText(
      "Podgląd (dry run) i sprawdzenie zapisu w ERP zawsze idą przez zapis SQL agenta",
    );

    // The agent is away when the order comes: staff see it wait, then arrive, without reloading.
    await wired.stopAgent();
    const externalId = `WWW-${randomBytes(3).toString("hex")}`;
    const orderId = await postOrder(request, wired, {
      externalId,
      lines: [
        { product: { sku: first.tw_Symbol }, quantity: 2, unitGross: 12.3, vatRate: 23 },
        { product: { sku: second.tw_Symbol }, quantity: 1, unitGross: 99.99, vatRate: 23 },
      ],
      totalGross: 124.59,
    });
    await page.goto(`/clients/${wired.companyId}`);
    await page.getByRole("navigation", { name: "Sekcje klienta" }).getByRole("link", { name: "Zamówienia" }).click();
    await expect(page.getByRole("combobox", { name: "Klient", exact: true })).toHaveValue(wired.companyId);
    const row = page.getByTestId(`order-${orderId}`);
    await expect(row).toContainText(externalId);
    await expect(row).toContainText("w drodze do ERP");
    await expect(row).toContainText(/124,59\s?zł/);
    await row.getByRole("link", { name: externalId }).click();

    await expect(page.getByRole("heading", { name: `Zamówienie ${externalId}` })).toBeVisible();
    await expect(timeline(page)).toHaveCount(1);
    await expect(timeline(page).first()).toContainText("Przyjęte z kanału");
    await expect(timeline(page).first()).toContainText("kanał Sklep WWW");
    await expect(page.getByTestId("erp-order-number")).toHaveText("—");
    await expect(page.getByTestId("order-total")).toHaveText(/124,59\s?zł/);
    // The channel's codes in words, through the integration's mappings; nothing paid yet, and said so.
    await expect(page.getByTestId("order-delivery")).toHaveText("kurier (kod w kanale: courier)");
    await expect(page.getByTestId("order-payment")).toHaveText("przelew (kod w kanale: payu)");
    await expect(page.getByTestId("order-paid-state")).toHaveText(
      "Jeszcze nie opłacone: brak zarejestrowanych płatności.",
    );

    await wired.startAgent();
    const zk = page.getByTestId("erp-order-number");
    await expect(zk).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    const zkNumber = (await zk.textContent()) ?? "";
    await expect(timeline(page).nth(1)).toContainText("Zapisane w ERP");
    await expect(timeline(page).nth(1)).toContainText(zkNumber);
    await expect(page.getByTestId("erp-customer")).not.toHaveText("—");
    await expect(page.locator("header [data-status]")).toHaveText("przyjęte");

    // Only the moves the workflow allows are offered; the move is on the timeline under the staff e-mail.
    const move = page.getByRole("region", { name: "Status" });
    const choices = move.getByLabel("Nowy status").locator("option");
    await expect(choices).toHaveText(["w drodze do salonu", "wysłane", "zrealizowane", "anulowane"]);
    await move.getByLabel("Nowy status").selectOption({ label: "wysłane" });
    await move.getByLabel("Notatka (opcjonalnie)").fill("Kurier odebrał");
    await move.getByRole("button", { name: "Zmień status" }).click();
    await expect(move.getByRole("status")).toHaveText("Zmieniono status.");
    await expect(page.locator("header [data-status]")).toHaveText("wysłane");
    await expect(timeline(page).last()).toContainText("Zmiana statusu");
    await expect(timeline(page).last()).toContainText(seeded().staff.email);
    await expect(move.getByLabel("Nowy status").locator("option")).toHaveText(["zrealizowane"]);

    // The channel posts the payment: the page shows it, and then the receipt from the ERP.
    const paid = await request.post(`/api/v1/orders/${orderId}/payments`, {
      headers: { authorization: `Bearer ${wired.key}` },
      data: { amount: 124.59, method: "payu", paidAt: new Date().toISOString(), reference: `PAYU-${randomUUID()}` },
    });
    expect(paid.status()).toBe(201);
    await expect(page.getByTestId("order-paid")).toHaveText(/124,59\s?zł/);
    await expect(page.getByTestId("order-paid-state")).toContainText("Opłacone w całości");
    await expect(page.getByRole("table", { name: "Płatności" })).toContainText("przelew");
    await expect(page.getByTestId("erp-sale-number")).toHaveText(/^PA \d+/, { timeout: 30_000 });
    const paNumber = (await page.getByTestId("erp-sale-number").textContent()) ?? "";
    await expect(timeline(page).filter({ hasText: "Dokument sprzedaży w ERP" })).toContainText(paNumber);

    // A complaint from the channel: staff move it along its workflow.
    const complaint = await request.post(`/api/v1/orders/${orderId}/complaints`, {
      headers: { authorization: `Bearer ${wired.key}` },
      data: { description: "Porysowana obudowa", lines: [{ sku: first.tw_Symbol, quantity: 1 }] },
    });
    expect(complaint.status()).toBe(201);
    const complaints = page.getByRole("region", { name: "Zwroty i reklamacje" });
    const complaintRow = complaints.getByRole("row", { name: /Porysowana obudowa/ });
    await expect(complaintRow).toContainText("otwarta");
    await complaintRow.getByRole("button", { name: "Zmień na: w rozpatrzeniu" }).click();
    await expect(complaintRow).toContainText("w rozpatrzeniu");
    await complaintRow.getByRole("button", { name: "Zmień na: uznana" }).click();
    await expect(complaintRow).toContainText("uznana");
    await expect(timeline(page).last()).toContainText("Reklamacja: zmiana statusu");
    await page.screenshot({ path: testInfo.outputPath("order.png"), fullPage: true });

    // Two orders the ERP refuses: far more than the stock.
    const refused = async (suffix: string) => {
      const id = `WWW-${suffix}-${randomBytes(3).toString("hex")}`;
      const lines = [{ product: { sku: first.tw_Symbol }, quantity: 1_000_000, unitGross: 1, vatRate: 23 }];
      return { externalId: id, id: await postOrder(request, wired, { externalId: id, lines, totalGross: 1_000_000 }) };
    };
    const [one, two] = [await refused("A"), await refused("B")];
    // And one Subiekt itself refuses to save through Sfera: staff read Sfera's own message.
    wired.refuseNextOrderSave();
    const byCode = `WWW-C-${randomBytes(3).toString("hex")}`;
    const three = {
      externalId: byCode,
      id: await postOrder(request, wired, {
        externalId: byCode,
        lines: [{ product: { sku: second.tw_Symbol }, quantity: 1, unitGross: 99.99, vatRate: 23 }],
        totalGross: 99.99,
      }),
    };
    const sferaRefusal =
      "Subiekt odrzucił zapis zamówienia (ZK) przez Sferę. Komunikat Sfery: „Operator Integracja nie ma uprawnień do zapisu dokumentu w tym magazynie”";
    await page.goto(`/orders/${three.id}`);
    await expect(page.getByTestId("erp-error")).toHaveText(sferaRefusal, { timeout: 30_000 });
    await page.goto(`/orders/${one.id}`);
    await expect(page.getByTestId("erp-error")).toContainText("Za mało towaru: pozycja 1", { timeout: 30_000 });
    await expect(page.locator("header [data-erp-state]")).toHaveText("błąd");
    await page.getByRole("button", { name: "Podgląd ZK (dry run)" }).click();
    await expect(page.getByTestId("dry-run-problem")).toContainText(
      "ERP nie przyjąłby tego zamówienia. Za mało towaru",
    );
    await page.getByRole("link", { name: "Wszystkie zamówienia" }).click();
    await page.getByRole("combobox", { name: "Klient", exact: true }).selectOption({ label: wired.name });
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page).toHaveURL(new RegExp(`companyId=${wired.companyId}`));
    await page.screenshot({ path: testInfo.outputPath("orders.png"), fullPage: true });

    await page
      .getByRole("navigation", { name: "Widoki zamówień" })
      .getByRole("link", { name: /Kolejka błędów/ })
      .click();
    const queueRow = (order: { id: string }) => queueRowOf(page, order);
    for (const order of [one, two]) {
      await expect(queueRow(order)).toContainText(/Za mało towaru: pozycja 1 \(.+\) — zamówiono 1\s000\s000/, {
        timeout: 30_000,
      });
    }
    await expect(queueRow(three)).toContainText(sferaRefusal);
    await page.screenshot({ path: testInfo.outputPath("error-queue.png"), fullPage: true });

    // The ERP gets the goods; staff retry one order by ticking it and the other from its row.
    const product = await sandbox.db
      .selectFrom("tw__Towar")
      .select("tw_Id")
      .where("tw_Symbol", "=", first.tw_Symbol)
      .executeTakeFirstOrThrow();
    await sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: sql`"st_Stan" + 3000000` })
      .where("st_TowId", "=", product.tw_Id)
      .where("st_MagId", "=", wired.storeWarehouseId)
      .execute();
    // Before sending it, staff check what the ERP would write now.
    await queueRow(one).getByRole("link", { name: one.externalId }).click();
    await page.getByRole("button", { name: "Podgląd ZK (dry run)" }).click();
    const preview = page.getByRole("status", { name: "Podgląd ZK" });
    await expect(preview.getByTestId("dry-run-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(preview.getByRole("table", { name: "Pozycje ZK" })).toContainText(first.tw_Symbol);
    await expect(preview).toContainText(/Brutto\s*[\d\s]+,\d\d\szł/);
    await expect(page.getByTestId("erp-order-number")).toHaveText("—");
    await page.screenshot({ path: testInfo.outputPath("dry-run.png"), fullPage: true });
    await page.goBack();
    await queueRow(two)
      .getByRole("checkbox", { name: `Zaznacz ${two.externalId}` })
      .check();
    await page.getByRole("button", { name: "Ponów zaznaczone" }).click();
    await expect(page.getByRole("status")).toHaveText("Wysłano ponownie do ERP 1 zamówienie.");
    await expect(queueRow(two)).toHaveCount(0);
    for (const order of [one, three]) {
      await queueRow(order)
        .getByRole("button", { name: `Ponów ${order.externalId}` })
        .click();
      await expect(queueRow(order)).toHaveCount(0);
    }
    await expect(page.getByText("Kolejka błędów jest pusta")).toBeVisible();

    for (const order of [one, two, three]) {
      await page.goto(`/orders/${order.id}`);
      await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
      await expect(timeline(page).filter({ hasText: "Ponowienie" })).toContainText(seeded().staff.email);
    }
  } finally {
    await client?.close();
    await sandbox.drop();
  }
});

test("client users get 404 for the order pages", async ({ page }) => {
  await signIn(page, seeded().clientA);
  for (const path of ["/orders", "/orders?view=errors", `/orders/${randomUUID()}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  const version = await page.request.get(`/api/orders/${randomUUID()}/version`);
  expect(version.status()).toBe(404);
});
