import { randomBytes } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { sql } from "kysely";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { LINUX_EXECUTABLE, requireBuilt, runExecutable } from "../support/agent-executable.ts";
import { seeded, signIn } from "./fixtures.ts";
import { installAgent, type TInstalledAgent } from "./install-agent.ts";

type TSandbox = Awaited<ReturnType<typeof createSandbox>>;

/** A product with stock in the sandbox's main warehouse (the one the wizard marks as the store). */
async function stockedProduct(sandbox: TSandbox) {
  return sandbox.db
    .selectFrom("tw_Stan")
    .innerJoin("tw__Towar", "tw_Id", "st_TowId")
    .innerJoin("sl_Magazyn", "mag_Id", "st_MagId")
    .select(["tw_Symbol", "tw_Nazwa"])
    .where("mag_Symbol", "=", "MAG")
    .where(sql<boolean>`"st_Stan" - "st_StanRez" >= 5`)
    .where("tw_Usuniety", "=", false)
    .where("tw_Zablokowany", "=", false)
    .orderBy("tw_Id")
    .executeTakeFirstOrThrow();
}

/** The wizard's main button for a step, then its success message. */
async function checkStep(page: Page, passed: string | RegExp) {
  await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
  await expect(page.getByRole("status").filter({ hasText: passed }).first()).toBeVisible({ timeout: 30_000 });
}

async function nextStep(page: Page, title: string) {
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page.getByRole("heading", { name: title, level: 3 })).toBeVisible();
}

function shot(page: Page, testInfo: TestInfo, name: string) {
  return page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test("a new client from scratch: the wizard, the first sync, the specification, an order reaching the ERP, and an agent going offline raising the alert", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  test.setTimeout(360_000);
  const sandbox = await createSandbox({ size: SMALL_SANDBOX });
  let agent: TInstalledAgent | undefined;
  try {
    const product = await stockedProduct(sandbox);
    await signIn(page, seeded().staff);

    // A new client company; its dashboard leads to the wizard.
    const company = `Salon ${randomBytes(4).toString("hex")}`;
    await page.goto("/clients");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
    await form.getByLabel("Nazwa").fill(company);
    await form.getByRole("button", { name: "Dodaj firmę" }).click();
    await expect(page.getByRole("heading", { name: company })).toBeVisible();
    const companyId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    await page.getByRole("link", { name: "Uruchom kreator konfiguracji" }).click();
    await expect(page.getByRole("heading", { name: "Kreator konfiguracji" })).toBeVisible();

    // 1. The agent: created here, its code and commands shown once, installed at the "client".
    await expect(page.getByRole("heading", { name: "Agent i połączenie z ERP", level: 3 })).toBeVisible();
    await page.getByLabel("Nazwa nowego agenta").fill("Serwer ERP");
    await page.getByRole("button", { name: "Utwórz agenta i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";
    await expect(page.getByText(`npm run agent -- enroll --portal`)).toBeVisible();
    // Not the demo (the portal has a DATABASE_URL): no demo agent offered.
    await expect(page.getByText("npm run demo:agent")).toHaveCount(0);
    await shot(page, testInfo, "wizard-agent");
    // Checking before the agent connects says what is wrong.
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "nie jest połączony" })).toBeVisible();

    agent = await installAgent({ portalUrl: baseURL ?? "", code, erpUrl: sandbox.url });
    // No reload: presence is pushed to the page.
    await expect(page.getByTestId("setup-agent-status")).toHaveAttribute("data-status", "online");
    await checkStep(page, "Agent Serwer ERP jest połączony");

    // 2. Scope: long intervals, so the runs this test watches are the first ones.
    await nextStep(page, "Zakres");
    await page.getByLabel("Co ile sekund: Stany magazynowe").fill("3600");
    await page.getByLabel("Co ile sekund: Dokumenty").fill("3600");
    await checkStep(page, "Zakres sprawdzony.");

    // 3. Warehouses, read live; without a store the check says so.
    await nextStep(page, "Magazyny");
    await page.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wczytano z ERP: magazyny 5" })).toBeVisible();
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Oznacz co najmniej jeden magazyn jako sklep" }),
    ).toBeVisible();
    await page.getByLabel("Rola magazynu MAG Magazyn główny").selectOption({ label: "sklep" });
    await page
      .getByLabel(/^Rola magazynu /)
      .nth(1)
      .selectOption({ label: "salon" });
    await checkStep(page, /Sklep: MAG \(Magazyn główny\)\. Salony: /);

    // 4. Identification: codes as the shop sends them, looked up in the ERP.
    await nextStep(page, "Identyfikacja towarów");
    const codes = page.getByLabel("Kody towarów (SKU), po jednym w wierszu");
    await codes.fill(`${product.tw_Symbol}\nNIE-MA-TAKIEGO`);
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "NIE-MA-TAKIEGO" })).toBeVisible();
    await codes.fill(product.tw_Symbol);
    await checkStep(page, "Znaleziono w ERP: 1.");
    // An edit after the check takes the check back: the next step waits for a new one.
    const stepper = page.getByRole("navigation", { name: "Kroki konfiguracji" });
    await codes.fill(`${product.tw_Symbol} `);
    await expect(page.getByRole("button", { name: "Dalej" })).toHaveCount(0);
    await expect(stepper.getByRole("button", { name: /^5\. Obieg zamówień/ })).toBeDisabled();
    await codes.fill(product.tw_Symbol);
    await checkStep(page, "Znaleziono w ERP: 1.");
    await expect(page.getByRole("table", { name: "Towary znalezione w ERP" })).toContainText(product.tw_Nazwa);
    await shot(page, testInfo, "wizard-identification");

    // 5. Workflow: mappings, then a sample order through the real ZK code as a dry run.
    // The mappings start from suggestions to confirm (the ERP's VAT rates and units, common methods).
    await nextStep(page, "Obieg zamówień");
    await expect(page.getByTestId("mapping-suggestions")).toContainText("Propozycje do potwierdzenia", {
      timeout: 30_000,
    });
    const payments = page.getByRole("group", { name: "Metody płatności" });
    await expect(payments.getByLabel("Kod płatności w kanale 1")).toHaveValue("przelew");
    await expect(payments.getByLabel("Rodzaj płatności w ERP 1")).toHaveValue("transfer");
    const delivery = page.getByRole("group", { name: "Metody dostawy" });
    await expect(delivery.getByLabel("Kod dostawy w kanale 3")).toHaveValue("salon");
    await expect(delivery.getByLabel("Rodzaj dostawy 3")).toHaveValue("showroom_pickup");
    // Who issues sale documents: on the sandbox the suggestion is our writer, with what each choice means.
    const sales = page.getByTestId("sale-documents");
    await expect(sales).toContainText("ERP tego agenta to piaskownica");
    await expect(sales.getByRole("radio", { name: /^Nasz zapis/ })).toBeChecked();
    await expect(sales.getByRole("radio", { name: /^Operator Subiekta/ })).not.toBeChecked();
    await expect(sales).toContainText("drukuje paragon fiskalny, przygotowuje e-fakturę do KSeF");
    // With Sfera chosen, `agent sfera-check` runs from here on the agent: this one has no Sfera settings.
    const writers = page.getByRole("group", { name: "Kto wystawia dokumenty w Subiekcie" });
    await writers.getByLabel("Faktura FS / paragon PA").selectOption("sfera");
    const sferaCheck = page.getByTestId("sfera-check");
    await expect(sferaCheck).toContainText("Jeszcze nie uruchomiono dla tego połączenia agenta z ERP.");
    await sferaCheck.getByRole("button", { name: "Uruchom sprawdzenie Sfery" }).click();
    await expect(sferaCheck.locator("[data-verdict]")).toHaveAttribute("data-verdict", "notConfigured", {
      timeout: 30_000,
    });
    await writers.getByLabel("Faktura FS / paragon PA").selectOption("sql");
    await expect(sferaCheck).toHaveCount(0);
    const sample = page.getByRole("group", { name: "Zamówienie próbne" });
    await sample.getByLabel("Towar").selectOption(product.tw_Symbol);
    await sample.getByLabel("Ilość").fill("2");
    await sample.getByLabel("Cena brutto za sztukę (PLN)").fill("24,60");
    await sample.getByLabel("Metoda dostawy").selectOption("salon");
    await sample.getByLabel("Metoda płatności").selectOption("przelew");
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    const preview = page.getByRole("status", { name: "Podgląd ZK" });
    await expect(preview.getByTestId("dry-run-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    await expect(preview.getByRole("table", { name: "Pozycje ZK" })).toContainText(product.tw_Symbol);
    await expect(page.getByRole("status").filter({ hasText: "Po opłaceniu ERP dostanie dokument PA." })).toBeVisible();
    await shot(page, testInfo, "wizard-workflow");

    // 6. Review: alert thresholds, then the save that starts the first sync.
    await nextStep(page, "Podsumowanie i zapis");
    const summary = page.getByLabel("Podsumowanie konfiguracji");
    await expect(summary).toContainText("MAG — Magazyn główny");
    await expect(summary).toContainText("przelew → przelew");
    await expect(summary).toContainText("salon → odbiór w salonie");
    await shot(page, testInfo, "wizard-review");
    await page.getByLabel("Agent offline dłużej niż (min)").fill("1");

    // The write preflight: every document the integration writes, written in the ERP and rolled
    // back. First on a database that refuses a write (a column the writer does not fill, NOT NULL
    // without a default): the agent's doctor, the wizard's preflight and the save each name it.
    const preflight = page.getByTestId("writes-preflight");
    const verdict = (document: string) =>
      preflight.getByRole("table", { name: "Wyniki próby zapisów" }).getByRole("row").filter({ hasText: document });
    const doctorWrites = async () =>
      runExecutable({
        executable: await requireBuilt(LINUX_EXECUTABLE),
        args: ["doctor", "--writes", "--erp-url", sandbox.url],
      });
    await sql`alter table "dok_Pozycja" add column "ob_Preflight" int not null default 0`.execute(sandbox.db);
    await sql`alter table "dok_Pozycja" alter column "ob_Preflight" drop default`.execute(sandbox.db);
    const refused = await doctorWrites();
    expect(refused.stdout).toMatch(/FAIL {2}ZK {10}ERP_REFUSED: dok_Pozycja\.ob_Preflight: the ERP refused/);
    expect(refused.code).toBe(1);
    await preflight.getByRole("button", { name: "Uruchom próbę zapisów" }).click();
    // The ERP's refusal in words; its own (English) message folded away as technical detail.
    await expect(verdict("ZK bez rezerwacji")).toContainText("ERP odmówił zapisu", { timeout: 60_000 });
    await verdict("ZK bez rezerwacji").getByText("Szczegóły techniczne").click();
    await expect(verdict("ZK bez rezerwacji").locator("code")).toContainText("dok_Pozycja.ob_Preflight");
    await expect(verdict("Nowy kontrahent")).toContainText("OK: byłby kontrahent PF-");
    await expect(preflight.getByRole("alert")).toContainText("ERP odmawia części zapisów");
    await page.getByRole("button", { name: "Zapisz i uruchom synchronizację" }).click();
    const saveRefused = page.getByRole("alert").filter({ hasText: "ERP odmówił w próbie zapisów dokumentu ZK" });
    await expect(saveRefused).toBeVisible({ timeout: 60_000 });
    await expect(saveRefused.locator("code")).toContainText("dok_Pozycja.ob_Preflight");
    await shot(page, testInfo, "wizard-preflight-refused");
    // The database fixed: the doctor and the preflight pass, and the save goes through.
    await sql`alter table "dok_Pozycja" drop column "ob_Preflight"`.execute(sandbox.db);
    const accepted = await doctorWrites();
    expect(accepted.stdout).toMatch(/Verdict: the ERP accepts every write/);
    expect(accepted.code).toBe(0);
    await preflight.getByRole("button", { name: "Uruchom próbę zapisów" }).click();
    await expect(preflight.getByRole("status")).toContainText("ERP przyjmuje wszystkie zapisy", { timeout: 60_000 });
    await expect(verdict("MM (do salonu)")).toContainText(/OK: byłby MM \S+, pozycji: 1/);
    await shot(page, testInfo, "wizard-preflight");
    await page.getByRole("button", { name: "Zapisz i uruchom synchronizację" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano integrację (wersja 1)." })).toBeVisible();

    // 7. Channels and keys, right in the wizard.
    await expect(page.getByRole("heading", { name: "Kanały i klucze API", level: 3 })).toBeVisible();
    const newChannel = page.getByRole("region", { name: "Nowy kanał" });
    await newChannel.getByLabel("Nazwa").fill("Sklep WWW");
    await newChannel.getByLabel("Rodzaj").selectOption({ label: "sklep internetowy" });
    await newChannel.getByLabel(/\(sklep\)$/).check();
    await newChannel.getByRole("button", { name: "Utwórz kanał" }).click();
    const channel = page.getByRole("region", { name: "Sklep WWW" });
    await channel.getByLabel("Nazwa klucza").fill("Sklep produkcja");
    await channel.getByRole("button", { name: "Nowy klucz API" }).click();
    const key = (await channel.getByTestId("api-key-secret").textContent()) ?? "";
    expect(key).toMatch(/^ebk_/);
    await shot(page, testInfo, "wizard-channels");
    await nextStep(page, "Gotowe");

    // The first sync finishes while staff watch.
    await page.getByRole("link", { name: "Postęp synchronizacji" }).click();
    for (const [group, name] of [
      ["PRODUCTS", "Produkty"],
      ["STOCK", "Stany magazynowe"],
      ["DOCUMENTS", "Dokumenty"],
    ] as const) {
      await expect(page.getByRole("region", { name }).getByTestId(`group-run-status-${group}`)).toHaveText(
        "zakończona",
        {
          timeout: 120_000,
        },
      );
    }
    await shot(page, testInfo, "first-sync");

    // The specification says what was set up.
    const tabs = page.getByRole("navigation", { name: "Sekcje klienta" });
    await tabs.getByRole("link", { name: "Specyfikacja", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Specyfikacja integracji" })).toBeVisible();
    await expect(page.getByTestId("spec-title")).toContainText(company);
    await expect(page.locator("main")).toContainText("Wersja 1");
    await expect(page.locator("main")).toContainText("salon");
    await shot(page, testInfo, "specification");

    // A sample order through the API reaches the ERP, on the order's timeline.
    const externalId = `WWW-${randomBytes(3).toString("hex")}`;
    const posted = await request.post("/api/v1/orders", {
      headers: { authorization: `Bearer ${key}` },
      data: {
        externalId,
        buyer: {
          name: "Anna Nowak",
          email: `anna.${randomBytes(3).toString("hex")}@example.pl`,
          address: { street: "Krótka 1", postalCode: "00-002", city: "Warszawa" },
        },
        lines: [{ product: { sku: product.tw_Symbol }, quantity: 1, unitGross: 24.6, vatRate: 23 }],
        deliveryMethod: "salon",
        paymentMethod: "przelew",
        document: "receipt",
        totalGross: 24.6,
      },
    });
    expect(posted.status()).toBe(201);
    await tabs.getByRole("link", { name: "Zamówienia" }).click();
    await page.getByRole("link", { name: externalId }).click();
    await expect(page.getByTestId("erp-order-number")).toHaveText(/^ZK \d+/, { timeout: 30_000 });
    const timeline = page.getByRole("list", { name: "Historia zamówienia" }).getByRole("listitem");
    await expect(timeline.filter({ hasText: "Zapisane w ERP" })).toBeVisible();
    await shot(page, testInfo, "order");

    // The agent stops: the dashboard shows it offline at once, and the alert once the threshold passes.
    await page.goto(`/clients/${companyId}`);
    await expect(page.getByTestId(`dashboard-agent-${agent.agentId}`).locator("[data-status]")).toHaveAttribute(
      "data-status",
      "online",
    );
    await agent.stop();
    // Pushed by the live stream as soon as the socket closes; generous for a loaded 2-core CI machine.
    await expect(page.getByTestId(`dashboard-agent-${agent.agentId}`).locator("[data-status]")).toHaveAttribute(
      "data-status",
      "offline",
      { timeout: 30_000 },
    );
    const alert = page.locator('[data-alert="AGENT_OFFLINE"]');
    await expect(async () => {
      await page.reload();
      await expect(alert).toContainText(`agent „Serwer ERP” jest offline`, { timeout: 1_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    await shot(page, testInfo, "dashboard-alert");
    // A live question to the stopped agent says why in the page's language, from the error's code.
    await page.goto(`/clients/${companyId}/integration`);
    await page.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Nie udało się odczytać list z ERP: Agent „Serwer ERP” jest offline" }),
    ).toBeVisible();
  } finally {
    await agent?.remove();
    await sandbox.drop();
  }
});
