import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { verifyBuildSignature } from "@erp-bridge/shared";
import { AppError } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { getDb, runTransaction } from "../../platform/database/db.ts";
import { BUILD_PART_BYTES } from "../../agent-link/update-pages.ts";
import { ZBuildsFile, type TBuildRecord } from "./build-record.ts";
import type { TUpdateKey } from "./update-key.ts";

/** A large executable is written in one transaction: give it time on a loaded machine. */
const STORE_TIMEOUT_MS = 10 * 60_000;

export type TImportedBuild = { platform: string; version: string; file: string; outcome: "stored" | "already stored" };

/**
 * Stores the builds a `builds.json` lists (read from its folder). Every signature must verify
 * with the portal's update key before anything is stored; each file's bytes must then have the
 * signed size and SHA-256, or its build is not stored. A version already stored for a platform
 * with the same bytes is skipped; with other bytes it is refused (a version names one build).
 */
export async function importAgentBuilds(options: { dir: string; key: TUpdateKey }): Promise<TImportedBuild[]> {
  const listFile = path.join(options.dir, "builds.json");
  const text = await readFile(listFile, "utf8").catch(() => null);
  if (text === null) throw refused("dir", `no builds.json in ${options.dir}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused("builds.json", "is not valid JSON");
  }
  const { builds } = parseInput({ schema: ZBuildsFile, input: json });
  builds.forEach((build, index) => {
    const { signature, version, platform, size, sha256 } = build;
    const manifest = { version, platform, size, sha256 };
    if (verifyBuildSignature({ manifest, signature, publicKey: options.key.publicKey })) return;
    throw refused(
      `builds.${index}.signature`,
      `${build.file} ${version}: the signature does not verify with the portal's update key ` +
        `${options.key.keyId} (${options.key.source}); the build says it was signed with ${build.keyId}`,
    );
  });
  const imported: TImportedBuild[] = [];
  for (const build of builds) imported.push(await storeBuild({ dir: options.dir, build }));
  return imported;
}

async function storeBuild(options: { dir: string; build: TBuildRecord }): Promise<TImportedBuild> {
  const { build } = options;
  const known = await getDb().agentBuild.findUnique({
    where: { platform_version: { platform: build.platform, version: build.version } },
    select: { sha256: true },
  });
  const summary = { platform: build.platform, version: build.version, file: build.file };
  if (known?.sha256 === build.sha256) return { ...summary, outcome: "already stored" };
  if (known) {
    throw new AppError({
      code: "CONFLICT",
      message: `${build.platform} ${build.version} is already stored with other bytes: build it as a new version`,
    });
  }
  const file = path.join(options.dir, build.file);
  await runTransaction(
    async (tx) => {
      const { file: fileName, version, platform, size, sha256, signature, keyId, commit } = build;
      const row = await tx.agentBuild.create({
        data: {
          file: fileName,
          version,
          platform,
          size,
          sha256,
          signature,
          keyId,
          commit,
          builtAt: new Date(build.builtAt),
        },
        select: { id: true },
      });
      const digest = createHash("sha256");
      let bytes = 0;
      let seq = 0;
      for await (const part of partsOf(file)) {
        digest.update(part);
        bytes += part.length;
        await tx.agentBuildPart.create({ data: { buildId: row.id, seq: seq++, data: new Uint8Array(part) } });
      }
      // Checked over the bytes as stored; a mismatch rolls the whole build back.
      if (bytes !== size || digest.digest("hex") !== sha256) {
        throw refused(build.file, "the file does not have the signed size and SHA-256: altered or damaged");
      }
    },
    { timeout: STORE_TIMEOUT_MS },
  );
  return { ...summary, outcome: "stored" };
}

/** The file in BUILD_PART_BYTES pieces (the last one shorter), whatever sizes the stream reads in. */
async function* partsOf(file: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: BUILD_PART_BYTES })) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      pending.push(buffer);
      pendingBytes += buffer.length;
      while (pendingBytes >= BUILD_PART_BYTES) {
        const joined = Buffer.concat(pending);
        yield joined.subarray(0, BUILD_PART_BYTES);
        pending = [joined.subarray(BUILD_PART_BYTES)];
        pendingBytes = joined.length - BUILD_PART_BYTES;
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw refused(path.basename(file), "is missing beside builds.json");
    throw error;
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

/**
 * Bad input for the operator importing builds (the CLI, the portal's start), in English and naming
 * the file or field: these words never reach a page, so they carry no problem code.
 */
function refused(field: string, text: string): AppError {
  return new AppError({ code: "INVALID_INPUT", message: `${field}: ${text}` });
}
