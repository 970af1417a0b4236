import { createLogger, type TLogger } from "../log.ts";
import { RotatingLog } from "./rotating-log.ts";

/** 10 MiB a file, five kept: about a month of an ordinary agent's lines. */
export const SUPERVISOR_LOG = { maxBytes: 10 * 1024 * 1024, keep: 5 } as const;

/** The service's log file and a logger writing into it (the supervisor's own lines beside the agent's). */
export function openServiceLog(options: { dir: string }): { file: RotatingLog; log: TLogger } {
  const file = new RotatingLog({ dir: options.dir, ...SUPERVISOR_LOG });
  return { file, log: createLogger({ level: "info", write: (line) => file.write(line) }) };
}
