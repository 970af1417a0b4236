/**
 * Axis ticks in round steps (1, 2 or 5 times a power of ten) from zero, or from below it when
 * values are negative, to just past the largest value: 0 / 1 mln / 2 mln / 3 mln, never
 * 0 / 1,5 mln / 3 mln / 6 mln.
 */
export function niceTicks(values: number[], count = 5): number[] {
  const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
  if (low === high) return [0];
  const rough = (high - low) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let at = Math.floor(low / step) * step; at < high + step; at += step) {
    ticks.push(Math.round(at / power) * power);
    if (at >= high) break;
  }
  return ticks;
}
