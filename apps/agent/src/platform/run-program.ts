import { spawn } from "node:child_process";

export type TProgramResult = { code: number | null; stdout: string; stderr: string };

/** Runs a system program (icacls, systemctl, powershell.exe, WinSW) to completion, feeding `stdin`. */
export function runProgram(options: { command: string; args: string[]; stdin?: string }): Promise<TProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, options.args, { stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error) => reject(new Error(`${options.command}: ${error.message}`)));
    child.once("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** Like runProgram, but a non-zero exit is an error naming the program and what it said. */
export async function runProgramOrThrow(options: { command: string; args: string[]; stdin?: string }) {
  const result = await runProgram(options);
  if (result.code !== 0) {
    const said = (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ");
    throw new Error(`${options.command} ${options.args[0] ?? ""} exited with ${result.code}: ${said}`);
  }
  return result;
}
