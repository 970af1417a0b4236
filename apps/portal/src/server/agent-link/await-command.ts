import { z } from "zod";
import { notFound } from "../platform/errors/app-error.ts";
import type { TBus } from "./bus/create-bus.ts";
import { getBus } from "./subscribe.ts";
import { getDb } from "../platform/database/db.ts";
import { isFinalStatus } from "./command-status.ts";
import { watchCommand } from "./commands/command-waiters.ts";

type TCommandRow = NonNullable<Awaited<ReturnType<typeof readCommand>>>;

/** Built once: a schema per call was garbage on every live question's wait. */
const ZCommandId = z.uuid();

/**
 * Waits for a command to finish and returns its row: final, unless `timeoutMs` passed first
 * (then the row as it stands). Woken by "command finished" events; it subscribes before its
 * first read, and re-reads after a bus reconnect, so no wake-up can slip between the two.
 */
export async function awaitCommand(options: { commandId: string; timeoutMs: number; bus?: TBus }) {
  if (!ZCommandId.safeParse(options.commandId).success) throw notFound("command");
  const bus = options.bus ?? getBus();
  await bus.ready;
  return new Promise<TCommandRow>((resolve, reject) => {
    let settled = false;
    const cleanups: (() => void)[] = [];
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      cleanups.forEach((cleanup) => cleanup());
      fn();
    };
    const check = (force: boolean) => {
      readCommand(options.commandId).then(
        (row) => {
          if (!row) settle(() => reject(notFound("command")));
          else if (force || isFinalStatus(row.status)) settle(() => resolve(row));
        },
        (error: unknown) => settle(() => reject(error)),
      );
    };
    cleanups.push(watchCommand({ bus, commandId: options.commandId, wake: () => check(false) }));
    const timer = setTimeout(() => check(true), options.timeoutMs);
    cleanups.push(() => clearTimeout(timer));
    check(false);
  });
}

function readCommand(commandId: string) {
  return getDb().agentCommand.findUnique({ where: { id: commandId } });
}
