import { ErpWriteError } from "./write-error.ts";

export type TSoldLine = { id: number; productId: number; quantity: number; returned: number };

/**
 * Splits each returned quantity over the sale's lines of that product, in line order, never past
 * what a line sold minus what earlier corrections already returned. Input lines of one product share
 * what is left, so two lines cannot return the same unit twice. Returns (sale line, quantity) pairs.
 */
export function matchReturnedLines(options: {
  sold: TSoldLine[];
  returns: { productId: number; quantity: number }[];
}): { lineId: number; quantity: number }[] {
  const left = new Map(options.sold.map((l) => [l.id, l.quantity - l.returned]));
  return options.returns.flatMap((ret, index) => {
    const candidates = options.sold.filter((l) => l.productId === ret.productId);
    if (candidates.length === 0) {
      throw new ErpWriteError({
        code: "invalid_input",
        path: `lines.${index}.product`,
        message: "the product is not on the sale",
      });
    }
    const returnable = candidates.reduce((sum, l) => sum + (left.get(l.id) ?? 0), 0);
    if (ret.quantity > returnable + 1e-9) {
      throw new ErpWriteError({
        code: "invalid_input",
        path: `lines.${index}.quantity`,
        message: `returning ${ret.quantity} with only ${returnable} sold and not yet returned`,
      });
    }
    let wanted = ret.quantity;
    return candidates.flatMap((l) => {
      const take = Math.min(wanted, left.get(l.id) ?? 0);
      if (take <= 0) return [];
      wanted -= take;
      left.set(l.id, (left.get(l.id) ?? 0) - take);
      return [{ lineId: l.id, quantity: take }];
    });
  });
}
