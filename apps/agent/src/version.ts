import agentPackage from "../package.json" with { type: "json" };

/** What tools/build-agent compiles into an executable (esbuild `define`). */
export type TBuildInfo = {
  version: string;
  /** Short git commit, "+dirty" when the tree had changes. */
  commit: string;
  builtAt: string;
  /** The Ed25519 public key (SPKI DER, base64) that update builds must be signed with. */
  updateKey: string;
  /** First 16 hex digits of the key's SHA-256, to tell keys apart in logs and on the portal. */
  updateKeyId: string;
};

declare const ERP_BRIDGE_AGENT_BUILD: TBuildInfo | undefined;

/** The build this process is; null when it runs from source (tsx), which cannot be updated. */
export const BUILD_INFO: TBuildInfo | null =
  typeof ERP_BRIDGE_AGENT_BUILD === "undefined" ? null : ERP_BRIDGE_AGENT_BUILD;

/** Reported in the hello and at enrollment, so staff can see which build a client runs. */
export const AGENT_VERSION: string = BUILD_INFO?.version ?? agentPackage.version;

/** `--version`: one line an administrator can paste into a support ticket. */
export function describeVersion(): string {
  const runtime = `node ${process.versions.node}, ${process.platform}-${process.arch}`;
  if (!BUILD_INFO) return `erp-bridge-agent ${AGENT_VERSION} (from source, ${runtime})`;
  const { commit, builtAt, updateKeyId } = BUILD_INFO;
  return `erp-bridge-agent ${AGENT_VERSION} (commit ${commit}, built ${builtAt}, ${runtime}, update key ${updateKeyId})`;
}
