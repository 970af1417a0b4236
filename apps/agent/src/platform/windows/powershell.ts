import type { z } from "zod";
import { runProgramOrThrow } from "../run-program.ts";

/**
 * Every script starts here. Input and output travel as base64 of UTF-8 JSON: Windows
 * PowerShell 5.1 reads and writes pipes in the console's code page (852 on a Polish server),
 * which would mangle a password with "ą" in it; base64 is plain ASCII in any code page.
 */
export const PRELUDE = `$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$in = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd().Trim())) | ConvertFrom-Json
function Out-Result($value) {
  $json = ConvertTo-Json -InputObject $value -Compress -Depth 5
  [Console]::Out.Write([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json)))
}
`;

/**
 * powershell.exe's arguments for a script: -EncodedCommand (UTF-16LE base64) so no quoting
 * of the script can go wrong, and nothing secret on the command line, which other local users
 * can read; secrets go through stdin.
 */
export function powerShellArgs(options: { script: string }): string[] {
  const encoded = Buffer.from(`${PRELUDE}${options.script}`, "utf16le").toString("base64");
  return ["-NoLogo", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded];
}

export function encodeInput(input: unknown): string {
  return Buffer.from(JSON.stringify(input), "utf8").toString("base64");
}

export function decodeOutput<S extends z.ZodType>(options: { stdout: string; schema: S }): z.output<S> {
  const json: unknown = JSON.parse(Buffer.from(options.stdout.trim(), "base64").toString("utf8"));
  return options.schema.parse(json);
}

/** Runs one script with Windows PowerShell 5.1 (present on every supported Windows Server). */
export async function runPowerShell<S extends z.ZodType>(options: {
  script: string;
  input: unknown;
  schema: S;
}): Promise<z.output<S>> {
  const result = await runProgramOrThrow({
    command: "powershell.exe",
    args: powerShellArgs({ script: options.script }),
    stdin: encodeInput(options.input),
  });
  return decodeOutput({ stdout: result.stdout, schema: options.schema });
}
