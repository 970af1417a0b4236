import { randomBytes } from "node:crypto";
import { text } from "node:stream/consumers";

/** A password piped on stdin (kept out of shell history and `ps`), or a generated one. */
export async function readPassword(options: { fromStdin: boolean }): Promise<{ value: string; generated: boolean }> {
  if (options.fromStdin) return { value: (await text(process.stdin)).replace(/\r?\n$/, ""), generated: false };
  return { value: randomBytes(15).toString("base64url"), generated: true };
}
