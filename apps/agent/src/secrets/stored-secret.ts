import { z } from "zod";
import { protectWithDpapi, unprotectWithDpapi } from "../platform/windows/dpapi.ts";

/** A secret in the config file encrypted with Windows DPAPI (machine scope), base64. */
export const ZProtectedSecret = z.object({ protection: z.literal("dpapi-machine"), data: z.string().min(1) });
export type TProtectedSecret = z.infer<typeof ZProtectedSecret>;

/** A secret as the config file holds it: plain (Linux: the file is root's, mode 0600) or protected. */
export const ZStoredSecret = z.union([z.string().min(1, "is missing"), ZProtectedSecret], {
  error: (issue) => (issue.input === undefined ? "is missing" : "must be a string or a DPAPI-protected value"),
});
export type TStoredSecret = z.infer<typeof ZStoredSecret>;

/** Windows protects secrets at rest with DPAPI; elsewhere they stay plain behind the file's mode. */
export async function protectSecrets(options: { values: string[]; platform: string }): Promise<TStoredSecret[]> {
  if (options.platform !== "win32") return options.values;
  const data = await protectWithDpapi(options.values);
  return data.map((item) => ({ protection: "dpapi-machine", data: item }));
}

/** The plain values, decrypting protected ones in one PowerShell run. */
export async function revealSecrets(options: { values: TStoredSecret[]; platform: string }): Promise<string[]> {
  const protectedOnes = options.values.filter((value) => typeof value !== "string");
  if (protectedOnes.length === 0) return options.values.filter((value) => typeof value === "string");
  if (options.platform !== "win32") {
    throw new Error(
      "the config holds secrets protected with Windows DPAPI, readable only on the server that wrote them",
    );
  }
  const plain = await unprotectWithDpapi(protectedOnes.map((value) => value.data));
  return options.values.map((value) => (typeof value === "string" ? value : (plain.shift() ?? "")));
}
