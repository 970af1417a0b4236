/** The hub's address under the portal's: http -> ws, https -> wss, keeping any base path. */
export function tunnelUrl(options: { portalUrl: string }): string {
  const url = new URL(options.portalUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/agent/v1`;
  url.search = "";
  url.hash = "";
  return url.toString();
}
