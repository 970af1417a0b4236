/** The one path agents connect to. */
export const AGENT_PATH = "/agent/v1";

export function isAgentPath(url: string | undefined): boolean {
  try {
    return new URL(url ?? "", "http://portal.invalid").pathname === AGENT_PATH;
  } catch {
    return false;
  }
}
