import { z } from "zod";
import { SID } from "./icacls.ts";
import { runPowerShell } from "./powershell.ts";

/** Every access rule on a file, with the account as a SID (locale-independent) and as a name (for people). */
export const READ_ACL_SCRIPT = `$acl = Get-Acl -LiteralPath ([string]$in.path)
$rules = @(foreach ($rule in $acl.Access) {
  $sid = try { $rule.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value } catch { $rule.IdentityReference.Value }
  @{ sid = $sid; name = $rule.IdentityReference.Value; rights = $rule.FileSystemRights.ToString(); allow = ($rule.AccessControlType.ToString() -eq 'Allow') }
})
Out-Result $rules
`;

export const ZAclRule = z.object({ sid: z.string(), name: z.string(), rights: z.string(), allow: z.boolean() });
export type TAclRule = z.infer<typeof ZAclRule>;

const TRUSTED = new Set<string>([SID.SYSTEM, SID.ADMINISTRATORS]);

/** One warning per account other than SYSTEM and Administrators that is allowed anything on the file. */
export function judgeAcl(rules: TAclRule[]): string[] {
  return rules
    .filter((rule) => rule.allow && !TRUSTED.has(rule.sid))
    .map((rule) => `${rule.name} (${rule.sid}) has ${rule.rights}: only SYSTEM and Administrators should`);
}

export async function readAcl(options: { path: string }): Promise<TAclRule[]> {
  return runPowerShell({ script: READ_ACL_SCRIPT, input: { path: options.path }, schema: z.array(ZAclRule) });
}

export const IS_ADMINISTRATOR_SCRIPT = `$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
Out-Result $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
`;

/** Elevated: the token holds Administrators (UAC gives an unelevated prompt a filtered one). */
export async function isAdministrator(): Promise<boolean> {
  return runPowerShell({ script: IS_ADMINISTRATOR_SCRIPT, input: {}, schema: z.boolean() });
}
