#!/usr/bin/env -S npx tsx
/**
 * The on-premise agent:
 *   agent enroll --portal URL --code CODE [--config PATH] [--force]
 *   agent run    [--config PATH]
 *   agent status [--config PATH]
 *   agent doctor [--config PATH] [--erp-url URL]
 *   agent sfera-check [--config PATH]
 * The config path defaults to AGENT_CONFIG, then ./erp-bridge-agent.json.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { doctor } from "./cli/doctor.ts";
import { enrollAgent } from "./cli/enroll.ts";
import { EXIT } from "./cli/exit-codes.ts";
import { runAgent } from "./cli/run.ts";
import { sferaCheck } from "./cli/sfera-check.ts";
import { printStatus } from "./cli/status.ts";
import { DEFAULT_CONFIG_PATH } from "./config/agent-config.ts";
import { readAgentEnv } from "./config/env.ts";
import { loadConfig } from "./config/load-config.ts";
import { createLogger } from "./log.ts";

const USAGE =
  "usage: agent enroll --portal URL --code CODE [--config PATH] [--force] | run | status [--config PATH] | doctor [--erp-url URL] | sfera-check";

process.exit(await main());

async function main(): Promise<number> {
  const args = parse();
  if (!args) return fail(USAGE);
  const { positionals, values } = args;
  const command = positionals[0];
  const env = readAgentEnv();
  if (!env.ok) return fail(`Invalid configuration: ${env.line}`);
  const configPath = path.resolve(values.config ?? env.env.AGENT_CONFIG ?? DEFAULT_CONFIG_PATH);
  if (command === "enroll" && positionals.length === 1) {
    if (!values.portal || !values.code) return fail(`--portal and --code are required\n${USAGE}`);
    const log = createLogger({ level: env.env.AGENT_LOG_LEVEL ?? "info" });
    const force = values.force === true;
    const journalDir = env.env.AGENT_JOURNAL_DIR;
    return enrollAgent({ portal: values.portal, code: values.code, configPath, force, journalDir, log });
  }
  if (command === "doctor" && positionals.length === 1) {
    return doctor({ erpUrl: values["erp-url"], envErpUrl: env.env.AGENT_ERP_URL, configPath });
  }
  if (command === "sfera-check" && positionals.length === 1) {
    return sferaCheck({ configPath, envErpUrl: env.env.AGENT_ERP_URL });
  }
  if ((command !== "run" && command !== "status") || positionals.length !== 1) return fail(USAGE);
  const loaded = await loadConfig({ path: configPath, env: env.env });
  if (!loaded.ok) return fail(`Invalid configuration: ${loaded.line}`);
  if (command === "status") return printStatus({ config: loaded.config, configPath });
  return runAgent({ config: loaded.config, log: createLogger({ level: loaded.config.logLevel }) });
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        portal: { type: "string" },
        code: { type: "string" },
        config: { type: "string" },
        force: { type: "boolean" },
        "erp-url": { type: "string" },
      },
    });
  } catch {
    return null;
  }
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
