/** Set by the HTTP server (clientAddressOf), never taken from the request, so it cannot be forged. */
export const CLIENT_ADDRESS_HEADER = "x-erp-bridge-client-address";

/**
 * The caller's address as sign-in and enrollment throttling key on it. Behind `trustedProxies`
 * reverse proxies the socket's peer is the nearest proxy, and each proxy appends the address it
 * saw to X-Forwarded-For: counting that many hops back from the socket gives the address the
 * outermost trusted proxy saw. Entries further left were written by the caller and prove nothing,
 * so they are never read; with no trusted proxies the header is ignored.
 */
export function clientAddressOf(options: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string {
  const socket = options.socketAddress ?? "unknown";
  if (options.trustedProxies === 0) return socket;
  const header = Array.isArray(options.forwardedFor) ? options.forwardedFor.join(",") : (options.forwardedFor ?? "");
  const hops = [
    ...header
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean),
    socket,
  ];
  // A request that came through fewer proxies than configured (e.g. straight to the port):
  // the leftmost entry is the best there is.
  return hops[Math.max(0, hops.length - 1 - options.trustedProxies)] ?? socket;
}
