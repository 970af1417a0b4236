/**
 * npm run build:agent [-- --platform linux-x64|win-x64] [--version 1.2.3] [--out DIR]
 * Builds the agent's single executables (both platforms by default) into dist/agent, signed
 * with AGENT_SIGNING_KEY / AGENT_SIGNING_KEY_FILE or this machine's development key.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ZAgentPlatform } from "@erp-bridge/shared";
import { buildAgent } from "./build-agent.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: { platform: { type: "string", multiple: true }, version: { type: "string" }, out: { type: "string" } },
});
const platforms = (values.platform ?? ZAgentPlatform.options).map((name) => {
  const parsed = ZAgentPlatform.safeParse(name);
  if (!parsed.success) throw new Error(`--platform: must be one of ${ZAgentPlatform.options.join(", ")}`);
  return parsed.data;
});
const startedAt = performance.now();
const summary = await buildAgent({
  root: ROOT,
  outDir: path.resolve(values.out ?? path.join(ROOT, "dist/agent")),
  platforms,
  version: values.version,
  env: process.env,
});
for (const build of summary.builds) {
  console.log(
    `${build.file}  ${build.version} (${build.commit})  ${(build.size / 1e6).toFixed(1)} MB  ${build.sha256}`,
  );
}
for (const companion of summary.companions) console.log(`${companion.file}  shipped beside  ${companion.sha256}`);
for (const skipped of summary.skippedCompanions) console.log(`(not built, not shipped: ${skipped})`);
if (summary.keySource === "dev") {
  console.log(
    "signed with this machine's development key (.data/agent-signing-dev-key.pem): set AGENT_SIGNING_KEY for a release",
  );
}
const total = Math.round(performance.now() - startedAt) / 1000;
console.log(`built into ${summary.outDir} in ${total} s (${JSON.stringify(summary.seconds)})`);
