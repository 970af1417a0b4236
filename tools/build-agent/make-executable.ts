import { execFileSync } from "node:child_process";
import { chmod, copyFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The sentinel Node looks for to know a blob was injected (from Node's single-executable docs). */
export const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
export const SEA_RESOURCE = "NODE_SEA_BLOB";

/**
 * A single executable: Node's preparation blob for `bundle` (plus `assets`, read at run time
 * with node:sea) injected with postject into a copy of `nodeBinary`. `prepare` edits the copy
 * before injection (the Windows version resource). The blob is made by `projectNode`, the same
 * Node version as every target binary; without a snapshot or code cache it is platform-neutral.
 */
export async function makeExecutable(options: {
  root: string;
  projectNode: string;
  nodeBinary: string;
  bundle: string;
  assets: Record<string, string>;
  /** Node flags the executable always starts with (Node 24's single-executable `execArgv`). */
  execArgv: string[];
  workDir: string;
  outFile: string;
  prepare?: (file: string) => Promise<void>;
}): Promise<void> {
  const name = path.basename(options.outFile);
  const blob = path.join(options.workDir, `${name}.blob`);
  const config = path.join(options.workDir, `${name}.sea-config.json`);
  const seaConfig = {
    main: options.bundle,
    output: blob,
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
    assets: options.assets,
    execArgv: options.execArgv,
  };
  await writeFile(config, JSON.stringify(seaConfig, null, 2));
  execFileSync(options.projectNode, ["--experimental-sea-config", config], { stdio: "pipe" });
  await copyFile(options.nodeBinary, options.outFile);
  await chmod(options.outFile, 0o755);
  await options.prepare?.(options.outFile);
  const postject = path.join(options.root, "node_modules/postject/dist/cli.js");
  // postject prints LIEF's harmless "string offset for section name" notes about Node's ELF notes.
  execFileSync(
    options.projectNode,
    [postject, options.outFile, SEA_RESOURCE, blob, "--sentinel-fuse", SEA_FUSE, "--overwrite"],
    { stdio: "pipe" },
  );
}
