import { isSea } from "node:sea";
import path from "node:path";
import { parseArgs } from "node:util";
import { UPDATE_TRIAL_MS } from "@erp-bridge/shared";
import { DEFAULT_CONFIG_PATH } from "../config/agent-config.ts";
import { readAgentEnv } from "../config/env.ts";
import { resolveLayout, type TLayout } from "../install/layout.ts";
import { createLogger } from "../log.ts";
import { describeVersion } from "../version.ts";
import { EXIT } from "./exit-codes.ts";

const USAGE = `usage: erp-bridge-agent <verb> [options]
  install --portal URL --code CODE [--erp-url URL] [--sfera] [--connection KEY [--erp-type optima]]
                                                     enroll, store the config, install and start the service
                                                     (--sfera: ask for the Sfera writer's Subiekt operator too)
  uninstall [--purge]                                stop and remove the service (--purge: config and logs too)
  status                                             config, service, file permissions, portal reachability
  logs [-n LINES] [--follow]                         the service's log
  doctor [--erp-url URL] [--report FILE]             check the ERP database before go-live (FILE: its fingerprint)
  doctor --connection KEY | --erp-type optima        check that connection of the config file | an Optima database
  doctor --writes [--erp-url URL]                    write each document and roll it back (write preflight)
  sfera-check [--connection KEY]                     open a Sfera session, read one product and customer (Windows);
                                                     without --connection: each Subiekt GT connection with Sfera settings
  enroll --portal URL --code CODE [--force]          enroll only (config file at --config)
  run | service                                      serve in the foreground | as the service runs it
  --version
common: --config PATH (the config file), --root DIR (test mode: everything under DIR, no system service)`;

const OPTIONS = {
  portal: { type: "string" },
  code: { type: "string" },
  config: { type: "string" },
  root: { type: "string" },
  force: { type: "boolean" },
  purge: { type: "boolean" },
  follow: { type: "boolean" },
  supervised: { type: "boolean" },
  version: { type: "boolean" },
  lines: { type: "string", short: "n" },
  "erp-url": { type: "string" },
  sfera: { type: "boolean" },
  report: { type: "string" },
  writes: { type: "boolean" },
  connection: { type: "string" },
  "erp-type": { type: "string" },
} as const;

/**
 * Parses the command line, runs one verb, returns the process exit code. Each verb's module is
 * loaded when it runs: the supervisor (`service`), `status` and `logs` never load the ERP
 * drivers, which hold most of the agent's memory.
 */
export async function runCli(options: { argv: string[] }): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: options.argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { positionals, values } = args;
  if (values.version || positionals[0] === "version") {
    console.log(describeVersion());
    return EXIT.OK;
  }
  const [verb, ...extra] = positionals;
  if (!verb || extra.length > 0) return fail(USAGE);
  const env = readAgentEnv();
  if (!env.ok) return fail(`Invalid configuration: ${env.line}`);
  const layout = installLayout({
    root: values.root,
    programFiles: env.env.ProgramFiles,
    programData: env.env.ProgramData,
  });
  // The built executable looks for the installed config; from source, the current folder.
  const fallback = layout && (isSea() || values.root) ? layout.configPath : DEFAULT_CONFIG_PATH;
  const configPath = path.resolve(values.config ?? env.env.AGENT_CONFIG ?? fallback);
  const log = createLogger({ level: env.env.AGENT_LOG_LEVEL ?? "info" });

  switch (verb) {
    case "install":
    case "uninstall": {
      if (!layout) return fail(`${verb}: supported on Windows and Linux, not ${process.platform}`);
      if (verb === "uninstall") {
        const { uninstallAgent } = await import("../install/uninstall-agent.ts");
        return uninstallAgent({ layout, purge: values.purge === true });
      }
      const interactive = process.stdin.isTTY === true;
      const { installAgent } = await import("../install/install-agent.ts");
      return installAgent({
        layout,
        portal: values.portal,
        code: values.code,
        erpUrl: values["erp-url"],
        sfera: values.sfera === true,
        interactive,
        connection: values.connection,
        erpType: values["erp-type"],
      });
    }
    case "enroll": {
      if (!values.portal || !values.code) return fail(`--portal and --code are required\n${USAGE}`);
      const force = values.force === true;
      const journalDir = env.env.AGENT_JOURNAL_DIR;
      const { enrollAgent } = await import("./enroll.ts");
      return enrollAgent({ portal: values.portal, code: values.code, configPath, force, journalDir, log });
    }
    case "doctor": {
      const { doctor } = await import("./doctor.ts");
      return doctor({
        erpUrl: values["erp-url"],
        envErpUrl: env.env.AGENT_ERP_URL,
        configPath,
        reportPath: values.report,
        writes: values.writes,
        connection: values.connection,
        erpType: values["erp-type"],
      });
    }
    case "sfera-check": {
      const { sferaCheck } = await import("./sfera-check.ts");
      return sferaCheck({ configPath, envErpUrl: env.env.AGENT_ERP_URL, connection: values.connection });
    }
    case "logs": {
      const lines = Number(values.lines ?? 100);
      if (!Number.isInteger(lines) || lines < 1) return fail("-n: must be a positive whole number of lines");
      const { printLogs } = await import("./logs.ts");
      return printLogs({ configPath, lines, follow: values.follow === true });
    }
    case "service": {
      const { supervise } = await import("../supervisor/supervise.ts");
      return supervise({ configPath, trialMs: UPDATE_TRIAL_MS });
    }
    case "run":
    case "status": {
      const { loadConfig } = await import("../config/load-config.ts");
      const loaded = await loadConfig({ path: configPath, env: env.env });
      if (!loaded.ok) return fail(`Invalid configuration: ${loaded.line}`);
      if (verb === "status") {
        const { printStatus } = await import("./status.ts");
        return printStatus({ config: loaded.config, configPath, layout });
      }
      const { runAgent } = await import("./run.ts");
      const runLog = createLogger({ level: loaded.config.logLevel });
      return runAgent({ config: loaded.config, configPath, supervised: values.supervised === true, log: runLog });
    }
    default:
      return fail(USAGE);
  }
}

function installLayout(options: { root?: string; programFiles?: string; programData?: string }): TLayout | null {
  if (process.platform !== "win32" && process.platform !== "linux") return null;
  const root = options.root && path.resolve(options.root);
  return resolveLayout({ platform: process.platform, ...options, ...(root && { root }) });
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
