import { describe, expect, it } from "vitest";
import { matchReturnedLines } from "./match-returned-lines.ts";

const sold = [
  { id: 10, productId: 1, quantity: 2, returned: 0 },
  { id: 11, productId: 2, quantity: 3, returned: 1 },
  { id: 12, productId: 1, quantity: 1, returned: 0 },
];

describe("matchReturnedLines", () => {
  it("spreads a return over the sale's lines of the product, in line order", () => {
    expect(matchReturnedLines({ sold, returns: [{ productId: 1, quantity: 2.5 }] })).toEqual([
      { lineId: 10, quantity: 2 },
      { lineId: 12, quantity: 0.5 },
    ]);
  });

  it("counts what earlier corrections and earlier input lines already returned", () => {
    expect(() => matchReturnedLines({ sold, returns: [{ productId: 2, quantity: 2.5 }] })).toThrow(
      expect.objectContaining({ path: "lines.0.quantity" }),
    );
    const twice = [
      { productId: 1, quantity: 2 },
      { productId: 1, quantity: 1.5 },
    ];
    expect(() => matchReturnedLines({ sold, returns: twice })).toThrow(
      expect.objectContaining({ path: "lines.1.quantity" }),
    );
  });

  it("rejects a product that is not on the sale", () => {
    expect(() => matchReturnedLines({ sold, returns: [{ productId: 9, quantity: 1 }] })).toThrow(
      expect.objectContaining({ code: "invalid_input", path: "lines.0.product" }),
    );
  });
});
