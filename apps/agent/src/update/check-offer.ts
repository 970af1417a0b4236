import { verifyBuildSignature, type TAgentPlatform, type TBuildManifest, type TUpdateError } from "@erp-bridge/shared";

/**
 * Everything that can be decided about an offered build before downloading a byte of it:
 * null to go ahead, or why not. `updateKey` is null when the agent runs from source.
 */
export function checkOffer(options: {
  manifest: TBuildManifest;
  signature: string;
  updateKey: string | null;
  platform: TAgentPlatform | null;
  currentVersion: string;
  installed: boolean;
  busy: boolean;
}): TUpdateError | null {
  const { manifest } = options;
  if (!options.installed || !options.updateKey) {
    return {
      code: "NOT_INSTALLED",
      message: "this agent does not run as an installed service from the built executable, so it cannot replace itself",
    };
  }
  if (manifest.platform !== options.platform) {
    return {
      code: "WRONG_PLATFORM",
      message: `build for ${manifest.platform}; this agent runs on ${options.platform}`,
    };
  }
  if (manifest.version === options.currentVersion) {
    return { code: "SAME_VERSION", message: `version ${manifest.version} is already running` };
  }
  if (!verifyBuildSignature({ manifest, signature: options.signature, publicKey: options.updateKey })) {
    return {
      code: "BAD_SIGNATURE",
      message: `the signature of ${manifest.version} does not verify with this agent's update key: not an authentic build`,
    };
  }
  if (options.busy) return { code: "BUSY", message: "another update is in progress" };
  return null;
}
