import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type TSigningKey = {
  privateKey: KeyObject;
  /** SPKI DER, base64: compiled into the agent. */
  publicKey: string;
  keyId: string;
  /** Where it came from; a "dev" key is generated on this machine and trusted by nothing else. */
  source: "AGENT_SIGNING_KEY" | "AGENT_SIGNING_KEY_FILE" | "dev";
};

/**
 * The Ed25519 key builds are signed with: AGENT_SIGNING_KEY (PKCS#8 PEM) or AGENT_SIGNING_KEY_FILE
 * in CI and releases; otherwise a development key generated once into `devKeyPath`.
 */
export async function loadSigningKey(options: {
  env: Record<string, string | undefined>;
  devKeyPath: string;
}): Promise<TSigningKey> {
  const fromEnv = options.env.AGENT_SIGNING_KEY;
  if (fromEnv) return describe({ pem: fromEnv, source: "AGENT_SIGNING_KEY" });
  const file = options.env.AGENT_SIGNING_KEY_FILE;
  if (file) return describe({ pem: await readFile(file, "utf8"), source: "AGENT_SIGNING_KEY_FILE" });
  const existing = await readFile(options.devKeyPath, "utf8").catch(() => null);
  if (existing) return describe({ pem: existing, source: "dev" });
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  await mkdir(path.dirname(options.devKeyPath), { recursive: true, mode: 0o700 });
  await writeFile(options.devKeyPath, pem, { mode: 0o600 });
  return describe({ pem, source: "dev" });
}

function describe(options: { pem: string; source: TSigningKey["source"] }): TSigningKey {
  const privateKey = createPrivateKey(options.pem);
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error(`${options.source}: not an Ed25519 private key (got ${privateKey.asymmetricKeyType})`);
  }
  const der = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  const keyId = createHash("sha256").update(der).digest("hex").slice(0, 16);
  return { privateKey, publicKey: der.toString("base64"), keyId, source: options.source };
}
