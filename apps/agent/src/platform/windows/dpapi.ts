import { z } from "zod";
import { runPowerShell } from "./powershell.ts";

/**
 * DPAPI with machine scope: only code running on this server can decrypt, so a copied config
 * file (a backup, a support ticket) is useless elsewhere; who may read it here is the file's
 * ACL (SYSTEM and Administrators). The entropy ties the blobs to this program.
 */
const SETUP = `Add-Type -AssemblyName System.Security
$scope = [System.Security.Cryptography.DataProtectionScope]::LocalMachine
$entropy = [Text.Encoding]::UTF8.GetBytes('erp-bridge-agent')
`;

export const PROTECT_SCRIPT = `${SETUP}$out = @(foreach ($item in $in) {
  $bytes = [Text.Encoding]::UTF8.GetBytes([string]$item)
  [Convert]::ToBase64String([System.Security.Cryptography.ProtectedData]::Protect($bytes, $entropy, $scope))
})
Out-Result $out
`;

export const UNPROTECT_SCRIPT = `${SETUP}$out = @(foreach ($item in $in) {
  $bytes = [System.Security.Cryptography.ProtectedData]::Unprotect([Convert]::FromBase64String([string]$item), $entropy, $scope)
  [Text.Encoding]::UTF8.GetString($bytes)
})
Out-Result $out
`;

const ZStrings = z.array(z.string());

export async function protectWithDpapi(values: string[]): Promise<string[]> {
  const out = await runPowerShell({ script: PROTECT_SCRIPT, input: values, schema: ZStrings });
  return sameLength({ values, out });
}

export async function unprotectWithDpapi(values: string[]): Promise<string[]> {
  const out = await runPowerShell({ script: UNPROTECT_SCRIPT, input: values, schema: ZStrings });
  return sameLength({ values, out });
}

function sameLength(options: { values: string[]; out: string[] }): string[] {
  if (options.out.length !== options.values.length) {
    throw new Error(`DPAPI returned ${options.out.length} values for ${options.values.length}`);
  }
  return options.out;
}
