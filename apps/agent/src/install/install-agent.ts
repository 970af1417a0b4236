import { isSea } from "node:sea";
import { chmod, copyFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../cli/exit-codes.ts";
import { requestEnrollment } from "../cli/request-enrollment.ts";
import { ZPortalUrl, type TAgentConfig, type TStoredAgentConfig } from "../config/agent-config.ts";
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
  // A config file install cannot read is not overwritten: it may hold connections, an enrollment, Sfera.
  const existing = await readExisting({ path: layout.configPath });
  if (!existing.ok) return fail(existing.line);
  const { previous, stored } = existing;
  const portal = options.portal ?? previous?.portalUrl;
  if (!portal) return fail("--portal: required (the address staff gave you, https://...)");
  const portalUrl = ZPortalUrl.safeParse(portal);
  if (!portalUrl.success) return fail(`--portal: ${portalUrl.error.issues[0]?.message ?? "invalid"}`);
  if (!options.code && !previous) return fail("--code: required (the one-time enrollment code from the portal)");
  const previousConnections = previous?.connections ?? [];
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
  const previousDefault = previous && defaultConnectionOf(previous);
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
  } else if (previous?.agentId) {
    ({ agentId, credential } = { agentId: previous.agentId, credential: previous.credential });
    say(`keeping the enrollment in ${layout.configPath} (agent ${agentId})`);
  } else {
    return fail("--code: required (the config has no agent id)");
  }

  // Further connections (issue 19) stay as the file holds them, their URLs still protected.
  const kept = stored?.connections ?? [];
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
    // A reinstall keeps where the journal is (it may hold writes in flight) and the log level.
    const journalDir = stored?.journalDir ?? layout.journalDir;
    const storedSfera = sfera.sfera && (await protectSferaConfig({ config: sfera.sfera, platform: layout.platform }));
    await writeConfig({
      path: layout.configPath,
      config: {
        portalUrl: portalUrl.data,
        agentId,
        credential: storedCredential,
        journalDir,
        ...(stored && stored.logLevel !== "info" && { logLevel: stored.logLevel }),
        ...(storedErpUrl && { erpUrl: storedErpUrl }),
        ...(storedSfera && { sfera: storedSfera }),
        ...(connections.length > 0 && { connections }),
      },
    });
  } catch (error) {
    return fail(`install failed: ${errorMessage(error)}; ${layout.configPath} is as it was`);
  }
  say(
    `configuration written to ${layout.configPath}${target.kind === "connection" ? ` (connection "${target.key}", ${target.erpType})` : ""}`,
  );
  try {
    // WinSW writes its own log there from the first start: the folder must exist (inheriting the ACL).
    await mkdir(layout.logsDir, { recursive: true, mode: 0o700 });
    // Copied beside it first: a copy that fails leaves the installed service running as it was.
    const staged = await stageExecutable({ layout });
    // A service already installed holds the executable open: stop it before replacing the file.
    await host.uninstall({ layout });
    if (staged) await rename(staged, layout.executable);
    await host.install({ layout });
  } catch (error) {
    return fail(`install failed: ${errorMessage(error)}; the configuration is written, run install again`);
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

/**
 * The config file as stored (secrets protected) and readable (secrets revealed); both null when
 * there is none yet. A file that does not validate or decrypt here is refused naming the field.
 */
async function readExisting(options: {
  path: string;
}): Promise<
  { ok: true; stored: TStoredAgentConfig | null; previous: TAgentConfig | null } | { ok: false; line: string }
> {
  const fileText = await readConfigText(options);
  if (fileText === null) return { ok: true, stored: null, previous: null };
  const keep = "fix it or move it away (install does not overwrite what it cannot read)";
  const stored = resolveConfig({ path: options.path, fileText, env: {} });
  if (!stored.ok) return { ok: false, line: `${stored.line}; ${keep}` };
  const previous = await loadConfig({ path: options.path, env: {} });
  if (!previous.ok) return { ok: false, line: `${previous.line}; ${keep}` };
  return { ok: true, stored: stored.config, previous: previous.config };
}

/** Copies this executable beside the installed one (null: it runs from there, a reinstall). */
async function stageExecutable(options: { layout: TLayout }): Promise<string | null> {
  const { layout } = options;
  await mkdir(layout.programDir, { recursive: true });
  if (samePath({ a: process.execPath, b: layout.executable, platform: layout.platform })) return null;
  const staged = `${layout.executable}.new`;
  await copyFile(process.execPath, staged);
  await chmod(staged, 0o755);
  return staged;
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
