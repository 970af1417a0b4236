import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address.ts";

describe("clientAddressOf", () => {
  it("without trusted proxies is the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf({ socketAddress: "203.0.113.5", forwardedFor: "10.0.0.1", trustedProxies: 0 })).toBe(
      "203.0.113.5",
    );
  });

  it("behind one proxy is the address that proxy appended, not what the caller wrote before it", () => {
    const forwardedFor = "1.2.3.4, 198.51.100.7";
    expect(clientAddressOf({ socketAddress: "127.0.0.1", forwardedFor, trustedProxies: 1 })).toBe("198.51.100.7");
  });

  it("behind two proxies counts two hops back", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 2 })).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when fewer proxies were passed than configured", () => {
    expect(clientAddressOf({ socketAddress: "203.0.113.5", forwardedFor: undefined, trustedProxies: 1 })).toBe(
      "203.0.113.5",
    );
    expect(clientAddressOf({ socketAddress: "10.0.0.3", forwardedFor: ["198.51.100.7"], trustedProxies: 3 })).toBe(
      "198.51.100.7",
    );
  });
});
