import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { BridgeFailure } from "./serve-bridge.ts";

/**
 * Faults the emulated bridge can be told to suffer, each once, for the fault tests: stop answering
 * (a Sfera call hung on a modal dialog) or die, before or after the write commits, or have Subiekt
 * refuse the save (REFUSED with REFUSAL_MESSAGE, nothing written).
 */
export const ZFault = z.enum([
  "hang-before-write",
  "hang-after-write",
  "exit-before-write",
  "exit-after-write",
  "refuse-save",
]);
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

/** The emulator's stand-in for a refusal in Sfera's own words (Polish, as Subiekt's messages are). */
export const REFUSAL_MESSAGE = "Operator Integracja nie ma uprawnień do zapisu dokumentu w tym magazynie";

/** Suffers the fault due at this moment of the write, if any. */
export async function suffer(options: { fault: TFault | null; moment: "before-write" | "after-write" }): Promise<void> {
  if (options.fault === "refuse-save" && options.moment === "before-write") {
    throw new BridgeFailure({ code: "REFUSED", message: REFUSAL_MESSAGE, retryable: false });
  }
  if (options.fault === `hang-${options.moment}`) await new Promise(() => {});
  if (options.fault === `exit-${options.moment}`) process.exit(3);
}
