import { describe, expect, it } from "vitest";
import { isInternalAddress, resolveOutboundAddress, type TResolve } from "./outbound-address.ts";

const dns =
  (table: Record<string, string[]>): TResolve =>
  (host) =>
    Promise.resolve((table[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 })));

describe("outbound addresses", () => {
  it("knows loopback, private, link-local, metadata and other non-Internet addresses", () => {
    const internal = [
      "127.0.0.1",
      "127.8.9.10",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "255.255.255.255",
      "::1",
      "::",
      "fd00:ec2::254",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:169.254.169.254",
      "not-an-ip",
    ];
    for (const address of internal) expect(isInternalAddress(address), address).toBe(true);
    for (const address of ["8.8.8.8", "172.32.0.1", "193.0.6.139", "2001:4860:4860::8888", "::ffff:8.8.8.8"]) {
      expect(isInternalAddress(address), address).toBe(false);
    }
  });

  it("refuses a URL whose host is, or resolves to, an internal address, naming the host", async () => {
    const resolve = dns({
      "hooks.shop.example": ["203.0.113.10", "10.0.0.5"],
      "metadata.example": ["169.254.169.254"],
    });
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://[::1]/hook",
      "http://169.254.169.254/latest/meta-data",
      "https://hooks.shop.example/x",
      "https://metadata.example/",
    ]) {
      await expect(resolveOutboundAddress({ url: new URL(url), allowedHosts: [], resolve })).rejects.toThrow(
        new URL(url).hostname.replace(/^\[(.*)\]$/, "$1"),
      );
    }
    await expect(
      resolveOutboundAddress({ url: new URL("https://nowhere.example/"), allowedHosts: [], resolve }),
    ).rejects.toThrow("does not resolve");
  });

  it("answers with the address it checked; an operator's listed host may be internal", async () => {
    const resolve = dns({ "shop.example": ["203.0.113.10"], "erp-hooks.internal": ["10.0.0.7"] });
    expect(await resolveOutboundAddress({ url: new URL("https://shop.example/"), allowedHosts: [], resolve })).toEqual({
      address: "203.0.113.10",
      family: 4,
    });
    const allowed = ["erp-hooks.internal", "127.0.0.1"];
    expect(
      (await resolveOutboundAddress({ url: new URL("http://erp-hooks.internal/"), allowedHosts: allowed, resolve }))
        .address,
    ).toBe("10.0.0.7");
    expect(
      (await resolveOutboundAddress({ url: new URL("http://127.0.0.1:9/"), allowedHosts: allowed, resolve })).address,
    ).toBe("127.0.0.1");
  });
});
