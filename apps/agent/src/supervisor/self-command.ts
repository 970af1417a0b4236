import { isSea } from "node:sea";

/**
 * How to start this same program again: the executable alone when it is the built single
 * executable, else Node with its flags (the tsx loader) and the entry script.
 */
export function selfCommand(): { command: string; args: string[] } {
  if (isSea()) return { command: process.execPath, args: [] };
  return { command: process.execPath, args: [...process.execArgv, process.argv[1] ?? ""] };
}
