import { chmod, readFile, writeFile } from "node:fs/promises";
import { z } from "zod";

const ZEnrolledConfig = z.looseObject({ agentId: z.uuid(), credential: z.string().min(1) });

/** The enrolled agent's config, if there is one: what `run` needs besides the ERP. */
export async function readDemoConfig(options: { path: string }): Promise<{ agentId: string } | null> {
  const text = await readFile(options.path, "utf8").catch(() => "null");
  try {
    const parsed = ZEnrolledConfig.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Points the agent's config at this run's embedded ERP (its port changes every run), as an
 * administrator would set erpUrl at the client. The file holds the credential: owner-only.
 */
export async function writeErpUrl(options: { path: string; erpUrl: string }): Promise<void> {
  const config = ZEnrolledConfig.parse(JSON.parse(await readFile(options.path, "utf8")));
  await writeFile(options.path, `${JSON.stringify({ ...config, erpUrl: options.erpUrl }, null, 2)}\n`, { mode: 0o600 });
  await chmod(options.path, 0o600);
}
