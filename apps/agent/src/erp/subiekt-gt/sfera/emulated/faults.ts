import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";

/**
 * Faults the emulated bridge can be told to suffer, each once, for the fault tests: stop answering
 * (a Sfera call hung on a modal dialog) or die, before or after the write commits.
 */
export const ZFault = z.enum(["hang-before-write", "hang-after-write", "exit-before-write", "exit-after-write"]);
export type TFault = z.infer<typeof ZFault>;

const ZFaultPlan = z.record(z.string(), ZFault);

/**
 * A plan in a JSON file, { "<call type>": "<fault>" }. Taking a fault removes it from the file
 * first, so the bridge the supervisor starts next does not suffer it again.
 */
export function takeFault(options: { file: string | undefined; type: string }): TFault | null {
  if (!options.file) return null;
  const plan = ZFaultPlan.parse(JSON.parse(readFileSync(options.file, "utf8")));
  const fault = plan[options.type];
  if (!fault) return null;
  delete plan[options.type];
  writeFileSync(options.file, JSON.stringify(plan));
  return fault;
}

/** Suffers the fault due at this moment of the write, if any. */
export async function suffer(options: { fault: TFault | null; moment: "before-write" | "after-write" }): Promise<void> {
  if (options.fault === `hang-${options.moment}`) await new Promise(() => {});
  if (options.fault === `exit-${options.moment}`) process.exit(3);
}
