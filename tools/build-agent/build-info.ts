import { execFileSync } from "node:child_process";

/** The commit being built ("+dirty" with uncommitted changes), or "unknown" outside a git checkout. */
export function gitCommit(options: { cwd: string }): string {
  try {
    const git = (args: string[]) => execFileSync("git", args, { cwd: options.cwd, encoding: "utf8" }).trim();
    const commit = git(["rev-parse", "--short=12", "HEAD"]);
    return git(["status", "--porcelain", "--untracked-files=no"]) ? `${commit}+dirty` : commit;
  } catch {
    return "unknown";
  }
}
