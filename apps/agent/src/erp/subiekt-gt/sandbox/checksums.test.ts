import { describe, expect, it } from "vitest";
import { ean13CheckDigit, isValidEan13, isValidNip, nipCheckDigit } from "./checksums.ts";

describe("checksums", () => {
  it("computes EAN-13 check digits of real barcodes", () => {
    expect(ean13CheckDigit("590123412345")).toBe(7);
    expect(isValidEan13("5901234123457")).toBe(true);
    expect(isValidEan13("5901234123458")).toBe(false);
    expect(isValidEan13("590123412345")).toBe(false);
  });

  it("validates NIPs with and without dashes", () => {
    expect(nipCheckDigit("526025099")).toBe(5);
    expect(isValidNip("5260250995")).toBe(true);
    expect(isValidNip("526-025-09-95")).toBe(true);
    expect(isValidNip("5260250996")).toBe(false);
  });
});
