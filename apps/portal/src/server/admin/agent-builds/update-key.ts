import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../platform/errors/app-error.ts";

export type TUpdateKey = {
  /** SPKI DER, base64: the form agents have compiled in. */
  publicKey: string;
  /** The first 16 hex digits of the key's SHA-256, as builds.json and `--version` show it. */
  keyId: string;
  source: "AGENT_UPDATE_PUBLIC_KEY" | "AGENT_SIGNING_KEY" | "AGENT_SIGNING_KEY_FILE" | "dev key";
};

type TKeyEnv = {
  AGENT_UPDATE_PUBLIC_KEY?: string;
  AGENT_SIGNING_KEY?: string;
  AGENT_SIGNING_KEY_FILE?: string;
};

/**
 * The key every stored build must verify with. A deployment sets AGENT_UPDATE_PUBLIC_KEY; on a
 * development or CI machine the default is the public half of the key `npm run build:agent`
 * signs with, looked up in the same order (tools/build-agent/signing-key.ts): AGENT_SIGNING_KEY,
 * AGENT_SIGNING_KEY_FILE, then the dev key in `<repo>/.data/`. So what this machine builds, this
 * machine's portal accepts, and nothing signed elsewhere.
 */
export async function resolveUpdateKey(options: { env: TKeyEnv; repoRoot: string }): Promise<TUpdateKey> {
  const { env } = options;
  if (env.AGENT_UPDATE_PUBLIC_KEY) {
    return describe(publicKeyOf(env.AGENT_UPDATE_PUBLIC_KEY, "AGENT_UPDATE_PUBLIC_KEY"), "AGENT_UPDATE_PUBLIC_KEY");
  }
  if (env.AGENT_SIGNING_KEY) return describe(fromPrivatePem(env.AGENT_SIGNING_KEY), "AGENT_SIGNING_KEY");
  if (env.AGENT_SIGNING_KEY_FILE) {
    const pem = await readFile(env.AGENT_SIGNING_KEY_FILE, "utf8");
    return describe(fromPrivatePem(pem), "AGENT_SIGNING_KEY_FILE");
  }
  const devKeyFile = path.join(options.repoRoot, ".data/agent-signing-dev-key.pem");
  const devPem = await readFile(devKeyFile, "utf8").catch(() => null);
  if (devPem) return describe(fromPrivatePem(devPem), "dev key");
  throw new AppError({
    code: "INVALID_INPUT",
    message: `AGENT_UPDATE_PUBLIC_KEY: not set, and no development key at ${devKeyFile}: agent builds cannot be verified`,
  });
}

function publicKeyOf(value: string, variable: string): KeyObject {
  try {
    const trimmed = value.trim();
    const key = trimmed.startsWith("-----BEGIN")
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" });
    if (key.asymmetricKeyType === "ed25519") return key;
  } catch {
    // Reported below with the variable's name.
  }
  throw new AppError({
    code: "INVALID_INPUT",
    message: `${variable}: not an Ed25519 public key (SPKI DER base64 or PEM)`,
  });
}

function fromPrivatePem(pem: string): KeyObject {
  return createPublicKey(createPrivateKey(pem));
}

function describe(key: KeyObject, source: TUpdateKey["source"]): TUpdateKey {
  const der = key.export({ format: "der", type: "spki" });
  const keyId = createHash("sha256").update(der).digest("hex").slice(0, 16);
  return { publicKey: der.toString("base64"), keyId, source };
}
