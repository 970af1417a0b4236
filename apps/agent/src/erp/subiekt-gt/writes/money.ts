/** Whole grosze; rounding half away from zero so a correction's negative line mirrors its positive one. */
export function roundGrosze(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export const toGrosze = (zl: number) => roundGrosze(zl * 100);
export const toZl = (grosze: number) => grosze / 100;

/** Gross of a net amount at a VAT percent, in grosze, as the sandbox computes it. */
export const grossOf = (options: { net: number; percent: number }) =>
  roundGrosze((options.net * (100 + options.percent)) / 100);
