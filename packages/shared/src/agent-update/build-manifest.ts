import { z } from "zod";

/** The platforms an agent executable is built for (`process.platform` "win32" is "win"). */
export const ZAgentPlatform = z.enum(["win-x64", "linux-x64"]);
export type TAgentPlatform = z.infer<typeof ZAgentPlatform>;

/** Node's executable plus the bundled agent is ~100-130 MB; anything far bigger is not a build of ours. */
export const MAX_BUILD_BYTES = 300 * 1024 * 1024;

/**
 * What a build's Ed25519 signature covers. The bytes themselves are bound through `sha256`,
 * so an agent can check the signature before downloading anything and the digest after.
 */
export const ZBuildManifest = z.object({
  version: z
    .string()
    .max(50)
    .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/, "must be a version such as 1.2.3 or 1.2.3-rc.1"),
  platform: ZAgentPlatform,
  size: z.number().int().positive().max(MAX_BUILD_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
});
export type TBuildManifest = z.infer<typeof ZBuildManifest>;

/** An Ed25519 signature, base64 (64 bytes). */
export const ZBuildSignature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, "must be a base64 Ed25519 signature");

/**
 * The exact bytes signed: one field a line, fixed order, so the builder, the portal and every
 * agent agree on them without a canonical-JSON library.
 */
export function buildSigningPayload(manifest: TBuildManifest): Buffer {
  const { platform, version, size, sha256 } = manifest;
  return Buffer.from(`erp-bridge-agent-build/1\n${platform}\n${version}\n${size}\n${sha256}\n`, "utf8");
}

/** The platform this process runs on, in build terms; null where no build is made. */
export function agentPlatformOf(options: { platform: string; arch: string }): TAgentPlatform | null {
  const name = `${options.platform === "win32" ? "win" : options.platform}-${options.arch}`;
  const parsed = ZAgentPlatform.safeParse(name);
  return parsed.success ? parsed.data : null;
}
