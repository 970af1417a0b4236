import { describe, expect, it } from "vitest";
import { tunnelUrl } from "./tunnel-url.ts";

describe("tunnelUrl", () => {
  it("maps http to ws and https to wss under the hub path, keeping a base path", () => {
    expect(tunnelUrl({ portalUrl: "http://127.0.0.1:3000" })).toBe("ws://127.0.0.1:3000/agent/v1");
    expect(tunnelUrl({ portalUrl: "https://portal.example.pl/erp/" })).toBe("wss://portal.example.pl/erp/agent/v1");
  });
});
