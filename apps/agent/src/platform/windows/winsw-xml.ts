import { SERVICE_ID, SERVICE_NAME, type TLayout } from "../../install/layout.ts";

/** WinSW reads `<basename>.xml` beside `<basename>.exe`. */
export const WINSW_BASENAME = "erp-bridge-agent-service";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * WinSW 1.17's configuration (the version node-windows ships). No XML declaration: WinSW 1.x
 * reads <stoptimeout> and <resetfailure> from the document's first node, which a declaration
 * would be, and would then silently use its defaults. WinSW quotes an <argument> holding a
 * space itself. It starts the supervisor (`service`), stops it with Ctrl+C and waits
 * <stoptimeout>; the service starts at boot (WinSW installs it Automatic) and restarts after a
 * crash (10 s, 30 s, then every 60 s; the count resets after an hour up).
 */
export function winswXml(layout: TLayout): string {
  const line = (tag: string, value: string) => `  <${tag}>${escapeXml(value)}</${tag}>`;
  return [
    "<service>",
    line("id", SERVICE_ID),
    line("name", SERVICE_NAME),
    line("description", "Connects this server's ERP to the ERP Bridge portal (outbound HTTPS only)."),
    line("executable", layout.executable),
    line("argument", "service"),
    line("argument", "--config"),
    line("argument", layout.configPath),
    line("workingdirectory", layout.dataDir),
    line("logpath", layout.logsDir),
    '  <log mode="roll-by-size">',
    "    <sizeThreshold>10240</sizeThreshold>",
    "    <keepFiles>5</keepFiles>",
    "  </log>",
    '  <onfailure action="restart" delay="10 sec"/>',
    '  <onfailure action="restart" delay="30 sec"/>',
    '  <onfailure action="restart" delay="60 sec"/>',
    line("resetfailure", "1 hour"),
    line("stoptimeout", "30 sec"),
    "</service>",
    "",
  ].join("\r\n");
}
