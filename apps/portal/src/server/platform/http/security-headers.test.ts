import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";

describe("securityHeaders", () => {
  it("forbids framing and type sniffing and trims the referrer, on http and https alike", () => {
    for (const publicUrl of ["http://127.0.0.1:3000", "https://portal.example.pl"]) {
      expect(securityHeaders({ publicUrl })).toMatchObject({
        "Content-Security-Policy": "frame-ancestors 'none'",
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      });
    }
  });

  it("asks for HSTS only when the portal is reached over https", () => {
    expect(securityHeaders({ publicUrl: "https://portal.example.pl" })["Strict-Transport-Security"]).toBe(
      "max-age=31536000",
    );
    expect(securityHeaders({ publicUrl: "http://127.0.0.1:3000" })).not.toHaveProperty("Strict-Transport-Security");
  });
});
