import { fork } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import type { TGeneratorResult, TGeneratorTask } from "./intake-load-process.ts";

export type { TGeneratorResult };

/**
 * POSTs pre-serialized bodies to one URL from a process of its own (intake-load-process.ts): open
 * loop at a fixed rate or closed loop with N clients. Its own process keeps its CPU apart from the
 * bench's (and measurable), and its client (node:http on keep-alive sockets, bodies serialized
 * before the clock starts) costs a fraction of `fetch`'s per request, so at 1,000/s it keeps its
 * schedule on two cores shared with the portal and PostgreSQL; whether it did is in its result.
 */
export async function generateIntakeLoad(task: TGeneratorTask): Promise<TGeneratorResult> {
  const child = fork(path.join(import.meta.dirname, "intake-load-process.ts"), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const priority = raisePriority(child.pid ?? 0);
  try {
    const result = await new Promise<TGeneratorResult>((resolve, reject) => {
      child.once("message", (result) => resolve(result as TGeneratorResult));
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`the load generator exited with ${code} before its result`)));
      child.send(task);
    });
    return { ...result, generator: { ...result.generator, priority } };
  } finally {
    child.kill();
  }
}

/**
 * The generator stands for channels on machines of their own; here it shares two cores with the
 * portal, PostgreSQL and whatever else runs, and at the default priority a busy machine starved it
 * off its schedule. So it runs at a higher one where the bench may set that (root), and says which.
 */
function raisePriority(pid: number): number {
  try {
    setPriority(pid, GENERATOR_NICE);
    return GENERATOR_NICE;
  } catch {
    return 0;
  }
}

const GENERATOR_NICE = -10;
