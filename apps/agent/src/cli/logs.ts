import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { dataPaths } from "../install/layout.ts";
import { LOG_FILE, logFiles } from "../supervisor/rotating-log.ts";
import { SUPERVISOR_LOG } from "../supervisor/supervisor-log.ts";
import { EXIT } from "./exit-codes.ts";

/** `logs`: the last `lines` lines of the service's log (older files too when needed); `follow` keeps printing. */
export async function printLogs(options: { configPath: string; lines: number; follow: boolean }): Promise<number> {
  const { logsDir } = dataPaths({ configPath: options.configPath });
  const collected: string[] = [];
  for (const file of logFiles({ dir: logsDir, keep: SUPERVISOR_LOG.keep })) {
    const text = await readFile(file, "utf8").catch(() => null);
    if (text === null) continue;
    collected.unshift(...text.split("\n").filter(Boolean));
    if (collected.length >= options.lines) break;
  }
  if (collected.length === 0 && !options.follow) {
    console.error(`no log in ${logsDir}: is the service installed (status), and has it started?`);
    return EXIT.FAILURE;
  }
  for (const line of collected.slice(-options.lines)) console.log(line);
  if (!options.follow) return EXIT.OK;
  const file = path.join(logsDir, LOG_FILE);
  let offset = (await stat(file).catch(() => null))?.size ?? 0;
  for (;;) {
    await sleep(500);
    const size = (await stat(file).catch(() => null))?.size ?? 0;
    if (size < offset) offset = 0; // rotated: the new file starts from the beginning
    if (size === offset) continue;
    const text = await readFile(file);
    process.stdout.write(text.subarray(offset, size));
    offset = size;
  }
}
