/**
 * npm run bench:demo — prints one JSON document.
 *
 * The embedded demo as a newcomer starts it (`npm start`: build, then the portal on PGlite in a
 * fresh DATA_DIR, which migrates and seeds the demo company's two years of sales): how long the
 * build and the first start take, the portal's resident memory (RSS sampled every 250 ms, and
 * the kernel's peak), a second start on the kept data, and page loads as a browser makes them
 * (staff signed in; each page three times). BENCH_SKIP_BUILD=1 reuses the last build.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "../support/free-port.ts";
import { PORTAL_NODE_FLAGS } from "../support/portal-process.ts";
import { ROOT } from "../support/run-process.ts";
import { percentile, round, rssMb } from "./stats.ts";

const PAGE_ROUNDS = 3;
const IDLE_MS = 20_000;

const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-bench-demo-"));
try {
  const buildSeconds = process.env.BENCH_SKIP_BUILD === "1" ? null : await timeBuild();
  const first = await startDemo();
  const staff = /STAFF\s+(\S+)\s+(\S+)/.exec(first.output);
  if (!staff) throw new Error(`no staff account printed:\n${first.output}`);
  const afterStart = await rssMb(first.pid);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = await rssMb(first.pid);
  const pages = await timePages({ url: first.url, email: staff[1] ?? "", password: staff[2] ?? "" });
  const afterPages = await rssMb(first.pid);
  const firstPeak = await first.stop();

  const second = await startDemo();
  const secondAfterStart = await rssMb(second.pid);
  const secondPeak = await second.stop();

  console.log(
    JSON.stringify(
      {
        bench: "demo",
        cpus: os.cpus().length,
        firstStart: {
          buildSeconds,
          startSeconds: first.startSeconds,
          rssMb: {
            afterStart,
            idle20s: idle,
            afterPages,
            peakSampled: firstPeak.sampled,
            peakKernel: firstPeak.kernel,
          },
        },
        secondStart: {
          startSeconds: second.startSeconds,
          rssMb: { afterStart: secondAfterStart, peakKernel: secondPeak.kernel },
        },
        pageLoadMs: { ...pages, target: "< 2000" },
      },
      null,
      2,
    ),
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

async function timeBuild(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn("npm", ["run", "build", "-w", "@erp-bridge/portal"], { cwd: ROOT, stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
  return round((performance.now() - started) / 1000);
}

/** The portal as `npm start` runs it (one node process, so its pid is the one measured). */
async function startDemo() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...PORTAL_NODE_FLAGS, "--import", "tsx", "server.ts"], {
    cwd: path.join(ROOT, "apps/portal"),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      PORT: String(port),
      ...(process.env.NEXT_DIST_DIR && { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid ?? 0;
  let peak = 0;
  const sampler = setInterval(
    () =>
      void rssMb(pid).then(
        (mb) => (peak = Math.max(peak, mb)),
        () => {},
      ),
    250,
  );
  const output = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("Portal ready at")) resolve(seen);
    });
    child.stderr.on("data", (chunk: Buffer) => (seen += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`portal exited with ${code}:\n${seen}`)));
  });
  const startSeconds = round((performance.now() - started) / 1000);
  return {
    pid,
    url: `http://127.0.0.1:${port}`,
    output,
    startSeconds,
    async stop() {
      clearInterval(sampler);
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      const kernel = round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      return { sampled: peak, kernel };
    },
  };
}

/** Staff's pages as Chromium loads them: from navigation to the load event, each PAGE_ROUNDS times. */
async function timePages(options: { url: string; email: string; password: string }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${options.url}/signin`);
    await page.getByLabel("E-mail").fill(options.email);
    await page.getByLabel("Hasło").fill(options.password);
    await page.getByRole("button", { name: "Zaloguj" }).click();
    await page.getByRole("button", { name: "Wyloguj" }).waitFor();
    await page.goto(`${options.url}/clients`);
    const href = await page.getByRole("link", { name: "Demo Sklep Sp. z o.o." }).getAttribute("href");
    const company = /\/clients\/([0-9a-f-]{36})/.exec(href ?? "")?.[1] ?? "";
    const paths = [
      "/clients",
      `/clients/${company}`,
      `/clients/${company}/setup`,
      `/clients/${company}/sync`,
      `/reports/${company}`,
      `/reports/${company}/sales`,
      "/integrations",
      "/orders",
      "/agents",
    ];
    const times: Record<string, number[]> = {};
    for (let round = 0; round < PAGE_ROUNDS; round++) {
      for (const pagePath of paths) {
        const started = performance.now();
        await page.goto(`${options.url}${pagePath}`, { waitUntil: "load" });
        (times[pagePath.replace(company, ":company")] ??= []).push(performance.now() - started);
      }
    }
    const all = Object.values(times)
      .flat()
      .sort((a, b) => a - b);
    return {
      p50: Math.round(percentile(all, 50)),
      p95: Math.round(percentile(all, 95)),
      max: Math.round(all.at(-1) ?? Number.NaN),
      slowestPages: Object.entries(times)
        .map(([pagePath, ms]) => ({ page: pagePath, maxMs: Math.round(Math.max(...ms)) }))
        .sort((a, b) => b.maxMs - a.maxMs)
        .slice(0, 3),
    };
  } finally {
    await browser.close();
  }
}
