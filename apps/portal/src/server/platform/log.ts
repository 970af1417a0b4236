/** One JSON line per event, so a log pipeline can filter by agentId, commandId, connectionId. */
export function log(level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
