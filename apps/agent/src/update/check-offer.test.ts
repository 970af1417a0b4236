import { generateKeyPairSync, sign } from "node:crypto";
import { buildSigningPayload, type TBuildManifest } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { checkOffer } from "./check-offer.ts";

const keys = generateKeyPairSync("ed25519");
const updateKey = keys.publicKey.export({ format: "der", type: "spki" }).toString("base64");
const manifest: TBuildManifest = { version: "0.2.0", platform: "linux-x64", size: 1000, sha256: "ab".repeat(32) };
const signature = sign(null, buildSigningPayload(manifest), keys.privateKey).toString("base64");
const ok = {
  manifest,
  signature,
  updateKey,
  platform: "linux-x64",
  currentVersion: "0.1.0",
  installed: true,
  busy: false,
} as const;

describe("checkOffer", () => {
  it("accepts a build signed with the agent's key for its platform", () => {
    expect(checkOffer(ok)).toBeNull();
  });

  it("refuses a manifest changed after signing (another version, size or digest)", () => {
    for (const changed of [{ version: "0.2.1" }, { size: 1001 }, { sha256: "cd".repeat(32) }]) {
      expect(checkOffer({ ...ok, manifest: { ...manifest, ...changed } })?.code).toBe("BAD_SIGNATURE");
    }
  });

  it("refuses a build signed with another key, or not signed at all", () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    const foreign = sign(null, buildSigningPayload(manifest), other).toString("base64");
    expect(checkOffer({ ...ok, signature: foreign })?.code).toBe("BAD_SIGNATURE");
    expect(checkOffer({ ...ok, signature: Buffer.alloc(64).toString("base64") })?.code).toBe("BAD_SIGNATURE");
  });

  it("says why else it cannot go: platform, same version, not installed, busy", () => {
    expect(checkOffer({ ...ok, platform: "win-x64" })?.code).toBe("WRONG_PLATFORM");
    expect(checkOffer({ ...ok, currentVersion: "0.2.0" })?.code).toBe("SAME_VERSION");
    expect(checkOffer({ ...ok, installed: false })?.code).toBe("NOT_INSTALLED");
    expect(checkOffer({ ...ok, updateKey: null })?.code).toBe("NOT_INSTALLED");
    expect(checkOffer({ ...ok, busy: true })?.code).toBe("BUSY");
  });
});
