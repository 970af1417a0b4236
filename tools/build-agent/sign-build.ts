import { createHash, sign, type KeyObject } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { buildSigningPayload, type TAgentPlatform, type TBuildManifest } from "@erp-bridge/shared";

/** One line of dist/agent/builds.json: what the portal stores to offer a build to agents. */
export type TBuildRecord = TBuildManifest & {
  file: string;
  commit: string;
  builtAt: string;
  /** Ed25519 over buildSigningPayload(manifest), base64. */
  signature: string;
  keyId: string;
};

export async function signBuild(options: {
  file: string;
  platform: TAgentPlatform;
  version: string;
  commit: string;
  builtAt: string;
  privateKey: KeyObject;
  keyId: string;
}): Promise<TBuildRecord> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(options.file)) hash.update(chunk as Buffer);
  const manifest: TBuildManifest = {
    version: options.version,
    platform: options.platform,
    size: (await stat(options.file)).size,
    sha256: hash.digest("hex"),
  };
  const signature = sign(null, buildSigningPayload(manifest), options.privateKey).toString("base64");
  const { commit, builtAt, keyId } = options;
  return { file: path.basename(options.file), ...manifest, commit, builtAt, signature, keyId };
}
