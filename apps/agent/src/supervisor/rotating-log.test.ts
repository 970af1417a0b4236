import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RotatingLog } from "./rotating-log.ts";

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

describe("RotatingLog", () => {
  it("starts a new file past the size limit and keeps only the newest few", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "log-"));
    dirs.push(dir);
    const log = new RotatingLog({ dir, maxBytes: 100, keep: 2 });
    for (let i = 0; i < 10; i++) log.write(`line ${i} ${"x".repeat(40)}`);
    expect((await readdir(dir)).sort()).toEqual(["agent.1.log", "agent.2.log", "agent.log"]);
    expect(await readFile(path.join(dir, "agent.log"), "utf8")).toMatch(/^line 8 x+\nline 9 x+\n$/);
    expect(await readFile(path.join(dir, "agent.2.log"), "utf8")).toMatch(/^line 4 /);
  });

  it("appends to the file a previous run left", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "log-"));
    dirs.push(dir);
    new RotatingLog({ dir, maxBytes: 1000, keep: 2 }).write("first");
    new RotatingLog({ dir, maxBytes: 1000, keep: 2 }).write("second");
    expect(await readFile(path.join(dir, "agent.log"), "utf8")).toBe("first\nsecond\n");
  });
});
