import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import en from "../../apps/portal/messages/en.json" with { type: "json" };
import pl from "../../apps/portal/messages/pl.json" with { type: "json" };
import { seeded, signIn } from "./fixtures.ts";
import { foreignPhrases, FOREIGN_WORDS } from "./foreign-text.ts";
import { makeStaffCompany } from "./page-walk-company.ts";

const WIDTHS = [1440, 390] as const;
const LOCALES = ["pl", "en"] as const;
type TLocale = (typeof LOCALES)[number];

/**
 * A message shown as its key ("spec.synced.promotions"): next-intl's fallback for a missing message.
 * A file name that starts like a key ("fingerprint.json") is not one.
 */
const MESSAGE_KEY = new RegExp(
  `\\b(?:${Object.keys(pl).join("|")})\\.(?!(?:json|csv|xlsx|pdf|png|exe|zip|log)\\b)[A-Za-z][\\w.]*[A-Za-z]\\b`,
);

/** Static fragments of one language's messages that the other language's messages never contain. */
const FOREIGN = { pl: foreignPhrases({ foreign: en, own: pl }), en: foreignPhrases({ foreign: pl, own: en }) };

let made: ReturnType<typeof makeStaffCompany> | undefined;
/** Made once for the tests of this file (each needs the same company). */
const staffCompany = () => (made ??= makeStaffCompany());

type TAccount = { email: string; password: string };

/**
 * One browser context per user and language, signed in with the session saved once. Its pages are
 * loaded once and checked at each width in turn: the portal lays out by CSS alone (no script reads
 * the width), so a page resized to a width is laid out as one loaded at it.
 */
async function openContext(options: {
  browser: Browser;
  baseURL: string;
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>>;
  locale: TLocale;
}): Promise<BrowserContext> {
  const context = await options.browser.newContext({
    baseURL: options.baseURL,
    storageState: options.storageState,
    viewport: viewport(WIDTHS[0]),
  });
  const host = new URL(options.baseURL).hostname;
  await context.addCookies([{ name: "locale", value: options.locale, domain: host, path: "/" }]);
  return context;
}

const viewport = (width: number) => ({ width, height: width > 500 ? 900 : 844 });

/**
 * How wide the page is, and what sticks out past the screen's right edge: the innermost elements
 * that do (tag, class, the start of their text), for the failure to name.
 */
function overflowing() {
  const edge = window.innerWidth + 1;
  // Inside a box that scrolls or clips within the screen, sticking out is that box's business
  // (not for a positioned element, which such a box may not clip: its containing block is elsewhere).
  const contained = (e: Element) => {
    if (["absolute", "fixed"].includes(getComputedStyle(e).position)) return false;
    for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible" && box.getBoundingClientRect().right <= edge) return true;
    }
    return false;
  };
  const beyond = Array.from(document.body.querySelectorAll("*")).filter(
    (e) => e.getBoundingClientRect().right > edge && !contained(e),
  );
  const innermost = beyond.filter((e) => !beyond.some((other) => other !== e && e.contains(other)));
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""} "${(e.textContent ?? "").trim().slice(0, 30)}"`;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    culprits: innermost.slice(0, 3).map(describe).join("; "),
  };
}

/** What a page shows in words: visible text nodes, leaving out what says it is in another language (codes, system detail). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !element.checkVisibility() || element.closest("script, style")) continue;
      const lang = element.closest("[lang]")?.getAttribute("lang");
      if (lang && lang !== own) continue;
      parts.push(node.textContent ?? "");
    }
    return parts.join(" ").replace(/\s+/g, " ");
  });
}

/** The signed-in session of each walker and the customer card to open, made once for the file. */
let sessions: Promise<Record<"staff" | "client", { state: TStorageState; customer: string }>> | undefined;
type TStorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

function walkSessions(browser: Browser, baseURL: string) {
  sessions ??= (async () => {
    const made = await staffCompany();
    const reports = seeded().reports.companyA.id;
    const sign = async (account: TAccount) => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await signIn(page, account);
      const state = await context.storageState();
      await page.goto(`/reports/${reports}/customers`);
      const customer = await page.locator(`a[href*="/reports/${reports}/customers/"]`).first().getAttribute("href");
      await context.close();
      return { state, customer: customer ?? `/reports/${reports}/customers` };
    };
    return { staff: await sign(made.staff), client: await sign(seeded().reports.clientA) };
  })();
  return sessions;
}

/** The main pages each walker opens: staff every section of a client and the lists, a client user theirs. */
async function walkPaths(walker: "staff" | "client", customer: string): Promise<string[]> {
  const made = await staffCompany();
  const reports = seeded().reports.companyA.id;
  const reportPaths = [
    `/reports/${reports}`,
    `/reports/${reports}/sales`,
    `/reports/${reports}/margins`,
    `/reports/${reports}/customers`,
    customer,
  ];
  if (walker === "client") return ["/home", ...reportPaths];
  const client = `/clients/${made.companyId}`;
  return [
    "/clients",
    client,
    ...["setup", "details", "integrations", "integration", "sync", "channels", "products", "spec", "audit"].map(
      (tab) => `${client}/${tab}`,
    ),
    ...["settings", "sync", "products", "spec"].map((section) => `${client}/integrations/${made.optimaId}/${section}`),
    "/integrations",
    "/agents",
    "/orders",
    `/orders?view=errors&companyId=${made.companyId}`,
    // Filters the URL got wrong are named as the form names them.
    "/orders?status=lost&limit=many",
    `/orders/${made.orderId}`,
    "/sync",
    "/reports",
    ...reportPaths,
  ];
}

const slugOf = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "id")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "");

/**
 * What sticks out at `width`, once the page has settled at it: charts (ResizeObserver) redraw a
 * frame or two after a resize, so an overflow must last (2 s) to count.
 */
async function overflowAt(page: Page, width: number) {
  await page.setViewportSize(viewport(width));
  let found = await page.evaluate(overflowing);
  const settled = Date.now() + 2_000;
  while (found.scrollWidth > width && Date.now() < settled) {
    await page.waitForTimeout(100);
    found = await page.evaluate(overflowing);
  }
  return found;
}

for (const walker of ["staff", "client"] as const) {
  for (const locale of LOCALES) {
    test(`${walker}'s main pages in ${locale} at ${WIDTHS.join(" and ")} px: nothing wider than the screen, nothing in the other language`, async ({
      browser,
      baseURL,
    }, testInfo) => {
      test.setTimeout(240_000);
      const session = (await walkSessions(browser, baseURL ?? ""))[walker];
      const context = await openContext({ browser, baseURL: baseURL ?? "", storageState: session.state, locale });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of await walkPaths(walker, session.customer)) {
        await page.setViewportSize(viewport(WIDTHS[0]));
        const response = await page.goto(path);
        if (response?.status() !== 200) {
          problems.push(`${path}: HTTP ${response?.status()}`);
          continue;
        }
        await expect(page.locator("main")).toBeVisible();
        for (const width of WIDTHS) {
          const { scrollWidth, culprits } = await overflowAt(page, width);
          const at = `${path} at ${width} px`;
          if (scrollWidth > width) problems.push(`${at}: ${scrollWidth} px wide (${culprits})`);
          // What shows differs by width (folded filters, hidden columns), so the words are read at each.
          const text = await visibleText(page);
          const phrases = FOREIGN[locale].filter((phrase) => text.includes(phrase));
          const words = locale === "pl" ? FOREIGN_WORDS.filter((word) => word.test(text)).map(String) : [];
          if (phrases.length + words.length > 0) problems.push(`${at}: ${[...phrases, ...words].join(" | ")}`);
          const key = MESSAGE_KEY.exec(text);
          if (key) problems.push(`${at}: a message missing, shown as its key ${key[0]}`);
          // The Polish pages, whole, as the run's artifacts (test-results/e2e).
          if (locale === "pl") {
            await page.screenshot({
              path: testInfo.outputPath(`${walker}-${width}-${slugOf(path)}.png`),
              fullPage: true,
            });
          }
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}

/** A4 in CSS pixels less the print margins (globals.css @page: 14 mm each side): the width print lays out in. */
const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);

test("the printed specification is one A4 document over the sheet's full width, without navigation", async ({
  page,
}, testInfo) => {
  const made = await staffCompany();
  await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
  await signIn(page, made.staff);
  await page.goto(`/clients/${made.companyId}/spec`);
  await expect(page.getByTestId("spec-title")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  // The title block says whose, what and when; nothing of the portal's chrome is printed.
  const title = page.getByTestId("spec-title");
  await expect(title).toContainText(made.companyName);
  await expect(title).toContainText("Wersja 2");
  await expect(title).toContainText(String(new Date().getFullYear()));
  for (const chrome of [
    page.getByRole("navigation", { name: "main" }),
    page.getByRole("button", { name: "Wyloguj" }),
    page.locator(".locale-switch"),
    page.getByRole("link", { name: "Wróć do listy" }),
    page.getByRole("navigation", { name: "Sekcje klienta" }),
    page.getByRole("button", { name: "Drukuj" }),
  ]) {
    await expect(chrome).toBeHidden();
  }
  const mainWidth = await page.locator("main").evaluate((main) => main.getBoundingClientRect().width);
  expect(mainWidth).toBeGreaterThan(A4_PRINTABLE_PX * 0.97);

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  await testInfo.attach("specification.pdf", { body: pdf, contentType: "application/pdf" });
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  // Every sheet A4 (595 × 842 pt); this specification is short enough for two.
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1);
  }
  expect(boxes.length).toBeLessThanOrEqual(2);
});

test("a click on another page or a filter shows that it loads, within 100 ms, until the page is there", async ({
  page,
}) => {
  const made = await staffCompany();
  await signIn(page, made.staff);
  await page.goto("/clients");
  // The moment of the click and the moment the feedback appears, as the browser saw them.
  await page.evaluate(() => {
    const times = { click: 0, shown: 0 };
    Object.assign(window, { feedbackTimes: times });
    document.addEventListener("click", () => (times.click = performance.now()), true);
    new MutationObserver(() => {
      if (!times.shown && document.querySelector("[data-testid=navigation-pending]")) times.shown = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  // The server's answer for the next page is held until the feedback has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/sync",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Synchronizacja" }).click();
  await expect(page.getByTestId("navigation-pending")).toBeVisible();
  const times = await page.evaluate(
    () => (window as unknown as { feedbackTimes: { click: number; shown: number } }).feedbackTimes,
  );
  expect(times.shown - times.click).toBeLessThan(100);
  release();
  await expect(page.getByRole("heading", { name: "Synchronizacja", level: 1 })).toBeVisible();
  await expect(page.getByTestId("navigation-pending")).toHaveCount(0);

  // A filter sent: the orders list of one client, its answer held likewise.
  await page.goto("/orders");
  let releaseList = () => {};
  const list = new Promise<void>((resolve) => (releaseList = resolve));
  await page.route(
    (url) => url.pathname === "/orders" && url.searchParams.get("companyId") === made.companyId,
    async (route) => {
      await list;
      await route.continue();
    },
  );
  await page.getByRole("combobox", { name: "Klient", exact: true }).selectOption(made.companyId);
  await page.getByRole("button", { name: "Filtruj" }).click();
  await expect(page.getByTestId("navigation-pending")).toBeVisible();
  releaseList();
  await expect(page).toHaveURL(new RegExp(`companyId=${made.companyId}`));
  await expect(page.getByTestId("navigation-pending")).toHaveCount(0);
});
