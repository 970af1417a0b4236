import { readFile } from "node:fs/promises";
import { z } from "zod";
import { DEFAULT_CONNECTION, type TErpType } from "@erp-bridge/shared";
import { checkConnections, describePath, ERP_NAMES, ZStoredConnections } from "../../../config/erp-connections.ts";
import { revealSecrets, ZStoredSecret, type TStoredSecret } from "../../../secrets/stored-secret.ts";
import { revealSferaConfig, ZStoredSferaConfig, type TSferaConfig, type TStoredSferaConfig } from "./sfera-config.ts";

/** What `sfera-check` needs of the config file; enrollment is not (it may run before `install`). */
const ZSferaFile = z
  .object({
    erpUrl: ZStoredSecret.optional(),
    sfera: ZStoredSferaConfig.optional(),
    connections: ZStoredConnections.optional(),
  })
  .superRefine(checkConnections);

const EXAMPLE = '{ "server", "database", "sqlUser", "sqlPassword", "operator", "operatorPassword" }';

/** One connection to check: its Sfera settings and the ERP URL the check takes its sample from. */
export type TSferaTarget = { key: string; erpUrl: string | undefined; sfera: TSferaConfig };

type TListed = {
  key: string;
  erpType: TErpType;
  erpUrl: TStoredSecret | undefined;
  sfera?: TStoredSferaConfig;
  /** Where its Sfera settings go in the file, for the message that asks for them. */
  field: string;
};

/**
 * The connections `sfera-check` checks (issue 19): the one `--connection` names, which must be a
 * Subiekt GT connection with Sfera settings (Sfera is Subiekt GT's own API); none named, each
 * Subiekt GT connection that has them ("erpUrl" and "sfera" are the connection "default"), the
 * others listed as not checked. AGENT_ERP_URL stands for "erpUrl". A problem is one line naming the field.
 */
export async function readSferaTargets(options: {
  configPath: string;
  connection?: string;
  envErpUrl?: string;
}): Promise<{ ok: true; targets: TSferaTarget[]; notChecked: string[] } | { ok: false; line: string }> {
  const { configPath } = options;
  const text = await readFile(configPath, "utf8").catch(() => null);
  if (text === null) return { ok: false, line: `${configPath}: cannot read the agent's config file` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, line: `${configPath}: not JSON` };
  }
  const parsed = ZSferaFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, line: `"${describePath(issue?.path ?? [])}" in ${configPath}: ${issue?.message ?? "invalid"}` };
  }
  const { erpUrl, sfera, connections = [] } = parsed.data;
  const listed: TListed[] = [
    ...(erpUrl === undefined && sfera === undefined
      ? []
      : [
          {
            key: DEFAULT_CONNECTION,
            erpType: "subiekt-gt" as const,
            erpUrl: options.envErpUrl ?? erpUrl,
            sfera,
            field: "sfera",
          },
        ]),
    ...connections.map((connection, index) => ({ ...connection, field: `connections[${index}].sfera` })),
  ];
  const chosen = chooseTargets({ listed, connection: options.connection, configPath });
  if (!chosen.ok) return chosen;
  try {
    const platform = process.platform;
    const targets: TSferaTarget[] = [];
    for (const target of chosen.targets) {
      if (!target.sfera) continue;
      const [plainErpUrl] =
        target.erpUrl === undefined ? [] : await revealSecrets({ values: [target.erpUrl], platform });
      targets.push({
        key: target.key,
        erpUrl: plainErpUrl,
        sfera: await revealSferaConfig({ stored: target.sfera, platform }),
      });
    }
    return { ok: true, targets, notChecked: chosen.notChecked };
  } catch (error) {
    return { ok: false, line: `${configPath}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function chooseTargets(options: {
  listed: TListed[];
  connection: string | undefined;
  configPath: string;
}): { ok: true; targets: TListed[]; notChecked: string[] } | { ok: false; line: string } {
  const { listed, connection, configPath } = options;
  if (connection !== undefined) {
    const found = listed.find((listedOne) => listedOne.key === connection);
    if (!found) {
      const keys = listed.map((listedOne) => `"${listedOne.key}"`).join(", ") || "none";
      return { ok: false, line: `--connection: "${connection}" is not in ${configPath} (it lists: ${keys})` };
    }
    if (found.erpType !== "subiekt-gt") {
      const line = `--connection: "${connection}" is ${ERP_NAMES[found.erpType]}; Sfera is Subiekt GT's own API, there is nothing to check there`;
      return { ok: false, line };
    }
    if (!found.sfera) {
      return {
        ok: false,
        line: `connection "${connection}" in ${configPath} has no Sfera settings: add "${found.field}": ${EXAMPLE}`,
      };
    }
    return { ok: true, targets: [found], notChecked: [] };
  }
  const targets = listed.filter((listedOne) => listedOne.erpType === "subiekt-gt" && listedOne.sfera);
  if (targets.length === 0) {
    return { ok: false, line: `${configPath} has no "sfera" settings: add "sfera": ${EXAMPLE}` };
  }
  const notChecked = listed
    .filter((listedOne) => !targets.includes(listedOne))
    .map((listedOne) =>
      listedOne.erpType === "subiekt-gt"
        ? `connection "${listedOne.key}": no Sfera settings (the SQL writer writes there): not checked`
        : `connection "${listedOne.key}": ${ERP_NAMES[listedOne.erpType]}, no Sfera there: not checked`,
    );
  return { ok: true, targets, notChecked };
}
