import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pruneKeptExecutables, rollBackExecutable, swapExecutable } from "./swap-executable.ts";

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function program() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "swap-"));
  dirs.push(dir);
  const executable = path.join(dir, "erp-bridge-agent");
  const staged = path.join(dir, "staged", "u1");
  await mkdir(path.dirname(staged), { recursive: true });
  await writeFile(executable, "version A");
  await writeFile(staged, "version B");
  return { dir, executable, staged };
}

describe("swapExecutable and rollBackExecutable", () => {
  it("put the new version in place, keep the old one aside, and put it back on a rollback", async () => {
    const { dir, executable, staged } = await program();
    const { backup } = await swapExecutable({ executable, staged, updateId: "u1" });
    expect(await readFile(executable, "utf8")).toBe("version B");
    expect(await readFile(backup, "utf8")).toBe("version A");
    await rollBackExecutable({ executable, backup, updateId: "u1" });
    expect(await readFile(executable, "utf8")).toBe("version A");
    expect(await readFile(path.join(dir, "failed/u1/erp-bridge-agent"), "utf8")).toBe("version B");
  });

  it("leaves the old version in place when the staged file is gone", async () => {
    const { executable, staged } = await program();
    await rm(staged);
    await expect(swapExecutable({ executable, staged, updateId: "u1" })).rejects.toThrow(/ENOENT/);
    expect(await readFile(executable, "utf8")).toBe("version A");
  });

  it("prunes older kept versions but keeps the one the latest update replaced", async () => {
    const { dir, executable, staged } = await program();
    await swapExecutable({ executable, staged, updateId: "u1" });
    await mkdir(path.join(dir, "previous/u0"), { recursive: true });
    await mkdir(path.join(dir, "failed/u0"), { recursive: true });
    await pruneKeptExecutables({ executable, keepUpdateId: "u1" });
    expect(await readdir(path.join(dir, "previous"))).toEqual(["u1"]);
    expect(await readdir(path.join(dir, "failed"))).toEqual([]);
  });
});
