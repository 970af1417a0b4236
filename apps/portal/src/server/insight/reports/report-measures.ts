import type { TTotals } from "./aggregate-sales.ts";

export type TMeasures = {
  net: number;
  gross: number;
  cost: number;
  /** Net sales minus their purchase value. */
  margin: number;
  /** Margin as a percent of net sales; null without sales. */
  marginPct: number | null;
  quantity: number;
  documents: number | null;
  /** Net sales per sales document. */
  avgBasket: number | null;
  lines: number;
};

/** Money as the reports show it: whole grosze. */
export const cents = (value: number) => Math.round(value * 100) / 100;

export const NO_SALES: TTotals = { net: 0, gross: 0, cost: 0, quantity: 0, documents: 0, lines: 0 };

export function toMeasures(totals: TTotals): TMeasures {
  const margin = cents(totals.net - totals.cost);
  return {
    net: cents(totals.net),
    gross: cents(totals.gross),
    cost: cents(totals.cost),
    margin,
    marginPct: totals.net === 0 ? null : Math.round((margin / totals.net) * 1000) / 10,
    quantity: Math.round(totals.quantity * 10_000) / 10_000,
    documents: totals.documents,
    avgBasket: totals.documents ? cents(totals.net / totals.documents) : null,
    lines: totals.lines,
  };
}

/** Percent change from `before` to `now`; null when there was nothing before. */
export function changePct(now: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((now - before) / Math.abs(before)) * 1000) / 10;
}
