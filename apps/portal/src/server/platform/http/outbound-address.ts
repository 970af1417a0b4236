import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Addresses an outbound call made on a client's behalf (a webhook) must never reach: this host,
 * the cloud's private network and its metadata service. A URL is only a name; it is resolved
 * when the call is made, every address it resolves to is checked, and the connection then goes
 * to the address that was checked (a second lookup could answer differently: DNS rebinding).
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, with the cloud metadata service at 169.254.169.254
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local (AWS's IPv6 metadata fd00:ec2::254 is here)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is loopback, private, link-local, metadata or otherwise not the Internet. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, "ipv4");
  return INTERNAL.check(address, "ipv6");
}

export type TResolve = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: TResolve = (host) => lookup(host, { all: true, verbatim: true });

/**
 * The address to connect to for `url`: its host resolved now, refused when any address it
 * resolves to is internal, unless the operator listed the host in `allowedHosts`
 * (WEBHOOK_ALLOWED_HOSTS: a receiver on the portal's own network, or tests on loopback).
 */
export async function resolveOutboundAddress(options: {
  url: URL;
  allowedHosts: readonly string[];
  resolve?: TResolve;
}): Promise<{ address: string; family: 4 | 6 }> {
  const host = options.url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await (options.resolve ?? systemResolve)(host);
  const [first] = addresses;
  if (!first) throw refused(host, "it does not resolve");
  if (!options.allowedHosts.includes(host)) {
    const internal = addresses.find((a) => isInternalAddress(a.address));
    if (internal) throw refused(host, `it resolves to the internal address ${internal.address}`);
  }
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

function refused(host: string, why: string): Error {
  return new Error(`calls to ${host} are refused: ${why} (an operator may allow the host in WEBHOOK_ALLOWED_HOSTS)`);
}
