import { createPublicKey, verify } from "node:crypto";
import { buildSigningPayload, type TBuildManifest } from "./build-manifest.ts";

/** Whether `signature` is the update key's Ed25519 signature of the manifest (and so of the bytes its sha256 names). */
export function verifyBuildSignature(options: {
  manifest: TBuildManifest;
  signature: string;
  /** SPKI DER, base64, as compiled into the agent. */
  publicKey: string;
}): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(options.publicKey, "base64"), format: "der", type: "spki" });
    return verify(null, buildSigningPayload(options.manifest), key, Buffer.from(options.signature, "base64"));
  } catch {
    return false;
  }
}
