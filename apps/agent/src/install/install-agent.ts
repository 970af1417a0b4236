import { isSea } from "node:sea";
import { chmod, copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../cli/exit-codes.ts";
import { requestEnrollment } from "../cli/request-enrollment.ts";
import { ZPortalUrl } from "../config/agent-config.ts";
import { defaultConnectionOf } from "../config/erp-connections.ts";
import { loadConfig, readConfigText, resolveConfig } from "../config/load-config.ts";
import { writeConfig } from "../config/write-config.ts";
import { parseMssqlUrl } from "../erp/sql/parse-mssql-url.ts";
import { parsePostgresUrl } from "../erp/sql/parse-postgres-url.ts";
import { errorMessage } from "../log.ts";
import { protectSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { protectSecrets } from "../secrets/stored-secret.ts";
import { SERVICE_NAME, type TLayout } from "./layout.ts";
import { parseInstallTarget, withConnection } from "./install-target.ts";
import { promptErpUrl } from "./prompt-erp-url.ts";
import { serviceHost } from "./service-host.ts";
import { sferaSettings } from "./sfera-settings.ts";
import { withTerminalPrompt } from "./terminal-prompt.ts";

/**
 * `install`: enrolls with the one-time code, stores the configuration (secrets protected) in the
 * data folder, copies this executable to the program folder and registers and starts the service.
 * Run again without --code it keeps the enrollment it has (after a failed step, or to change the ERP URL).
 * With --sfera it also asks for the Sfera writer's login (sfera-settings.ts); without, it keeps the one stored.
 */
export async function installAgent(options: {
  layout: TLayout;
  portal: string | undefined;
  code: string | undefined;
  erpUrl: string | undefined;
  sfera: boolean;
  interactive: boolean;
  /** Another ERP connection than the default one (issue 19): its key and type; --erp-url is its URL. */
  connection?: string;
  erpType?: string;
}): Promise<number> {
  const { layout } = options;
  if (!isSea()) return fail("install runs from the built executable (npm run build:agent), not from source");
  const host = serviceHost({ platform: layout.platform, testMode: layout.root !== null });
  const privilege = await host.missingPrivilege();
  if (privilege) return fail(`install needs administrator rights: ${privilege}`);
  const previous = await loadConfig({ path: layout.configPath, env: {} });
  const portal = options.portal ?? (previous.ok ? previous.config.portalUrl : undefined);
  if (!portal) return fail("--portal: required (the address staff gave you, https://...)");
  const portalUrl = ZPortalUrl.safeParse(portal);
  if (!portalUrl.success) return fail(`--portal: ${portalUrl.error.issues[0]?.message ?? "invalid"}`);
  if (!options.code && !previous.ok) return fail("--code: required (the one-time enrollment code from the portal)");
  const previousConnections = previous.ok ? previous.config.connections : [];
  const parsedTarget = parseInstallTarget({
    connection: options.connection,
    erpType: options.erpType,
    sfera: options.sfera,
    previous: previousConnections,
  });
  if (!parsedTarget.ok) return fail(parsedTarget.line);
  const { target } = parsedTarget;
  const addressed = target.kind === "default" ? "default" : target.key;
  // The URL install asks for is the addressed connection's; the default one stays as it was otherwise.
  const typedUrl =
    options.erpUrl ??
    previousConnections.find((connection) => connection.key === addressed)?.erpUrl ??
    (options.interactive && (await promptErpUrl()));
  if (!typedUrl) return fail("--erp-url: required when install does not run in a terminal that can ask for it");
  const erpProblem = checkErpUrl(typedUrl);
  if (erpProblem) return fail(`--erp-url: ${erpProblem}`);
  const previousDefault = previous.ok ? defaultConnectionOf(previous.config) : undefined;
  const erpUrl = target.kind === "default" ? typedUrl : previousDefault?.erpUrl;
  const sfera = await sferaSettings({
    wanted: options.sfera,
    interactive: options.interactive,
    previous: previousDefault?.sfera,
    erpUrl: erpUrl ?? "",
    ask: withTerminalPrompt,
  });
  if (!sfera.ok) return fail(sfera.line);

  let agentId: string;
  let credential: string;
  if (options.code) {
    const enrolled = await requestEnrollment({ portalUrl: portalUrl.data, code: options.code });
    if (!enrolled.ok) return fail(enrolled.line);
    ({ agentId, credential } = enrolled);
    say(`enrolled as agent ${agentId}`);
  } else if (previous.ok && previous.config.agentId) {
    ({ agentId, credential } = { agentId: previous.config.agentId, credential: previous.config.credential });
    say(`keeping the enrollment in ${layout.configPath} (agent ${agentId})`);
  } else {
    return fail("--code: required (the config has no agent id)");
  }

  const kept = await storedConnections({ path: layout.configPath });
  try {
    await host.secureDataDir({ dir: layout.dataDir });
    const [storedCredential, storedTypedUrl, storedDefaultUrl] = await protectSecrets({
      values: [credential, typedUrl, ...(target.kind === "connection" && erpUrl ? [erpUrl] : [])],
      platform: layout.platform,
    });
    if (!storedCredential || !storedTypedUrl) throw new Error("protecting the secrets returned nothing");
    const storedErpUrl = target.kind === "default" ? storedTypedUrl : storedDefaultUrl;
    const connections =
      target.kind === "default"
        ? kept
        : withConnection(kept, { key: target.key, erpType: target.erpType, erpUrl: storedTypedUrl });
    const storedSfera = sfera.sfera && (await protectSferaConfig({ config: sfera.sfera, platform: layout.platform }));
    await writeConfig({
      path: layout.configPath,
      config: {
        portalUrl: portalUrl.data,
        agentId,
        credential: storedCredential,
        journalDir: layout.journalDir,
        ...(storedErpUrl && { erpUrl: storedErpUrl }),
        ...(storedSfera && { sfera: storedSfera }),
        // Further connections (issue 19) stay as the file holds them, their URLs still protected.
        ...(connections.length > 0 && { connections }),
      },
    });
    // WinSW writes its own log there from the first start: the folder must exist (inheriting the ACL).
    await mkdir(layout.logsDir, { recursive: true, mode: 0o700 });
    say(
      `configuration written to ${layout.configPath}${target.kind === "connection" ? ` (connection "${target.key}", ${target.erpType})` : ""}`,
    );
    // A service already installed holds the executable open: stop it before replacing the file.
    await host.uninstall({ layout });
    await mkdir(layout.programDir, { recursive: true });
    if (!samePath({ a: process.execPath, b: layout.executable, platform: layout.platform })) {
      await copyFile(process.execPath, layout.executable);
      await chmod(layout.executable, 0o755);
    }
    await host.install({ layout });
  } catch (error) {
    return fail(`install failed: ${errorMessage(error)}`);
  }
  say(
    layout.root
      ? `test mode: service files in ${layout.serviceDir}; nothing registered with the system`
      : `service "${SERVICE_NAME}" installed and started (starts at boot, restarts after a failure)`,
  );
  say(`logs: ${layout.logsDir}`);
  say(`check it: "${layout.executable}" status`);
  if (sfera.sfera) say(`then the Sfera login: "${layout.executable}" sfera-check`);
  return EXIT.OK;
}

/** The connections the config file lists besides "erpUrl", as stored (none when the file is absent or invalid). */
async function storedConnections(options: { path: string }) {
  const fileText = await readConfigText(options);
  const stored = fileText === null ? null : resolveConfig({ path: options.path, fileText, env: {} });
  return stored?.ok ? (stored.config.connections ?? []) : [];
}

/** The connector's own parsers, so a typo is named now rather than in the service's log. */
function checkErpUrl(url: string): string | null {
  try {
    if (/^postgres(ql)?:/.test(url)) parsePostgresUrl({ url });
    else parseMssqlUrl({ url });
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

/** Run from the installed copy (a reinstall), there is nothing to copy; Windows paths ignore case. */
function samePath(options: { a: string; b: string; platform: string }): boolean {
  const normal = (file: string) => {
    const resolved = path.resolve(file);
    return options.platform === "win32" ? resolved.toLowerCase() : resolved;
  };
  return normal(options.a) === normal(options.b);
}

function say(line: string): void {
  console.log(`install: ${line}`);
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
