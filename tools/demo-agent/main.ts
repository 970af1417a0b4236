/**
 * npm run demo:agent -- --code XXXX-XXXX-XXXX-XXXX [--portal http://127.0.0.1:3000]
 * A client's head office for the demo: an embedded PostgreSQL laid out like Subiekt GT (in
 * DATA_DIR/demo-erp, a small sandbox generated on first use) and the real agent enrolled with
 * the portal's one-time code and connected to it, until Ctrl+C. Without --code it runs the
 * agent enrolled before (config in DATA_DIR/demo-agent.json).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ROOT, startAgentChild, type TAgentChild } from "./agent-child.ts";
import { readDemoConfig, writeErpUrl } from "./demo-config.ts";
import { startDemoErp } from "./demo-erp.ts";

const USAGE = "usage: npm run demo:agent -- [--code XXXX-XXXX-XXXX-XXXX] [--portal http://127.0.0.1:3000]";
const ZOptions = z.object({
  code: z.string().min(1, "is empty").optional(),
  portal: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).default("http://127.0.0.1:3000"),
  dataDir: z.string().min(1).default(path.join(ROOT, ".data")),
});
const ZLogLine = z.looseObject({ msg: z.string() });

const say = (line: string) => console.log(`demo:agent  ${line}`);
const parsed = ZOptions.safeParse({ ...parseFlags(), dataDir: process.env.DATA_DIR || undefined });
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  fail(`--${String(issue?.path[0])}: ${issue?.message}\n${USAGE}`);
}
const options = parsed.data;
const dataDir = path.resolve(options.dataDir);
const configPath = path.join(dataDir, "demo-agent.json");

let current: TAgentChild | undefined;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    current?.stop();
  });
}

await mkdir(dataDir, { recursive: true, mode: 0o700 });
if (options.code) {
  current = startAgentChild({
    args: ["enroll", "--portal", options.portal, "--code", options.code, "--config", configPath, "--force"],
    env: { AGENT_JOURNAL_DIR: "demo-agent-journal" },
  });
  const enrolled = await current.exited;
  if (enrolled !== 0 || stopping) process.exit(enrolled);
} else if (!(await readDemoConfig({ path: configPath }))) {
  fail(`no agent enrolled in ${configPath} yet: pass --code with the code the portal shows`);
}

say(`ERP data in ${path.join(dataDir, "demo-erp")}`);
const erp = await startDemoErp({ dataDir, say });
say(`ERP sandbox ready (${erp.products} products, ${erp.warehouses} warehouses)`);
await writeErpUrl({ path: configPath, erpUrl: erp.url });
let exitCode = 0;
if (!stopping) {
  const agent = startAgentChild({
    args: ["run", "--config", configPath],
    onLine: (line) => {
      if (logMessage(line) === "connected")
        say("Agent connected: continue in the portal's setup wizard (Ctrl+C stops)");
    },
  });
  current = agent;
  exitCode = await agent.exited;
}
await erp.stop();
// Exit 2: the portal refused the credential (revoked, or replaced by a newer enrollment).
const hint = exitCode === 2 ? ": get a new code in the portal and run again with --code" : "";
say(exitCode === 0 ? "Stopped" : `The agent exited with ${exitCode}${hint}`);
process.exit(exitCode);

function logMessage(line: string): string | undefined {
  try {
    return ZLogLine.safeParse(JSON.parse(line)).data?.msg;
  } catch {
    return undefined;
  }
}

function parseFlags() {
  try {
    return parseArgs({ options: { code: { type: "string" }, portal: { type: "string" } } }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function fail(line: string): never {
  console.error(`demo:agent: ${line}`);
  process.exit(1);
}
