const DAY_MS = 86_400_000;
/** December peak, November run-up, summer dip. */
const MONTH_FACTORS = [0.85, 0.85, 0.95, 1, 1, 0.85, 0.72, 0.75, 0.95, 1.05, 1.25, 1.6];
/** Sunday .. Saturday: shops and offices are busiest early in the week, quiet on Sunday. */
const WEEKDAY_FACTORS = [0.35, 1.1, 1.05, 1, 1, 1.05, 0.7];
/** Sales grow a little year on year. */
const YEARLY_GROWTH = 0.08;

export type TCalendarDay = { date: Date; weight: number };

/** Every day from `from` to `until` (UTC midnights) with its relative sales weight. */
export function buildDocumentCalendar(options: { from: Date; until: Date }): TCalendarDay[] {
  const days: TCalendarDay[] = [];
  const start = options.from.getTime();
  for (let time = start; time <= options.until.getTime(); time += DAY_MS) {
    const date = new Date(time);
    const years = (time - start) / (365 * DAY_MS);
    const weight =
      (MONTH_FACTORS[date.getUTCMonth()] ?? 1) * (WEEKDAY_FACTORS[date.getUTCDay()] ?? 1) * (1 + YEARLY_GROWTH * years);
    days.push({ date, weight });
  }
  return days;
}
