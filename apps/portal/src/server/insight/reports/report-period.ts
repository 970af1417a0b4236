const DAY_MS = 86_400_000;

/** A range of whole days: `from` inclusive, `to` exclusive, both UTC midnights. */
export type TRange = { from: Date; to: Date };

export const BUCKETS = ["day", "week", "month", "quarter", "year"] as const;
export type TBucket = (typeof BUCKETS)[number];

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The calendar day in Poland at `at` (reports count days as the shop does). */
export function polishDay(at: Date): Date {
  return parseDay(at.toLocaleDateString("sv-SE", { timeZone: "Europe/Warsaw" }));
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The ready-made periods the filter bar offers, ending `today` (the Polish calendar day), as the
 * URL's `from` and `to` (both inclusive). Tests hold the figures to raw sums over each of them.
 */
export function periodPresets(today: Date) {
  const [y, m] = [today.getUTCFullYear(), today.getUTCMonth()];
  const to = formatDay(today);
  return [
    { value: "last30", from: formatDay(addDays(today, -29)), to },
    { value: "thisMonth", from: formatDay(new Date(Date.UTC(y, m, 1))), to },
    {
      value: "lastMonth",
      from: formatDay(new Date(Date.UTC(y, m - 1, 1))),
      to: formatDay(new Date(Date.UTC(y, m, 0))),
    },
    { value: "thisQuarter", from: formatDay(new Date(Date.UTC(y, m - (m % 3), 1))), to },
    { value: "thisYear", from: formatDay(new Date(Date.UTC(y, 0, 1))), to },
    { value: "last12", from: formatDay(new Date(Date.UTC(y, m - 11, 1))), to },
    { value: "last24", from: formatDay(new Date(Date.UTC(y, m - 23, 1))), to },
  ];
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysIn(range: TRange): number {
  return Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS);
}

/**
 * The period to compare with. A period starting on the 1st is read in calendar months: the same
 * span that many months earlier (November compares with all of October, 1–16 November with 1–16
 * October, a quarter with the quarter before); any other period with the same number of days just
 * before it.
 */
export function previousRange(range: TRange): TRange {
  if (monthStart(range.from).getTime() !== range.from.getTime()) {
    return { from: addDays(range.from, -daysIn(range)), to: range.from };
  }
  const lastDay = addDays(range.to, -1);
  const months =
    (lastDay.getUTCFullYear() - range.from.getUTCFullYear()) * 12 +
    lastDay.getUTCMonth() -
    range.from.getUTCMonth() +
    1;
  return { from: addMonths(range.from, -months), to: addDays(addMonths(lastDay, -months), 1) };
}

/** The same day of the month `months` later (or earlier), the month's last day when it is shorter. */
function addMonths(date: Date, months: number): Date {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()];
  const length = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const lastOfMonth =
    date.getUTCDate() === new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, lastOfMonth ? length : Math.min(d, length)));
}

/** The same calendar days a year earlier. */
export function lastYearRange(range: TRange): TRange {
  const back = (date: Date) => {
    const moved = new Date(date);
    moved.setUTCFullYear(date.getUTCFullYear() - 1);
    return moved;
  };
  return { from: back(range.from), to: back(range.to) };
}

function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/**
 * Splits a range into whole calendar months (read from the month rollups) and the days at either
 * end (read from the day rollups). `months` is null when no whole month fits.
 */
export function splitByMonth(range: TRange): { months: TRange | null; days: TRange[] } {
  const first = monthStart(range.from).getTime() === range.from.getTime() ? range.from : nextMonth(range.from);
  const last = monthStart(range.to);
  if (first.getTime() >= last.getTime()) return { months: null, days: [range] };
  const days = [
    { from: range.from, to: first },
    { from: last, to: range.to },
  ].filter((r) => r.from.getTime() < r.to.getTime());
  return { months: { from: first, to: last }, days };
}

/**
 * Splits a range into whole calendar quarters, whole months around them, and days at the ends:
 * the fewest rows for rollups kept at all three grains.
 */
export function splitByQuarter(range: TRange): { quarters: TRange | null; months: TRange[]; days: TRange[] } {
  const start = bucketStart(range.from, "quarter");
  const first = start.getTime() === range.from.getTime() ? start : nextBucket(start, "quarter");
  const last = bucketStart(range.to, "quarter");
  if (first.getTime() >= last.getTime()) {
    const split = splitByMonth(range);
    return { quarters: null, months: split.months ? [split.months] : [], days: split.days };
  }
  const sides = [splitByMonth({ from: range.from, to: first }), splitByMonth({ from: last, to: range.to })];
  return {
    quarters: { from: first, to: last },
    months: sides.flatMap((s) => (s.months ? [s.months] : [])),
    days: sides.flatMap((s) => s.days).filter((r) => r.from.getTime() < r.to.getTime()),
  };
}

/**
 * A range starting on the 1st and reaching into its twelfth month (the default period: this month
 * and the eleven before it), read as the year of rollups ending with that month, plus the months
 * and days after it, or less the days of that month after the range's end (the rest of the current
 * month: usually nothing sold yet). Null for any other range.
 */
export function splitByYear(range: TRange): { yearEnding: Date; add: TRange | null; subtract: TRange | null } | null {
  if (monthStart(range.from).getTime() !== range.from.getTime()) return null;
  const lastMonth = addMonths(range.from, 11);
  const end = nextMonth(lastMonth);
  if (range.to.getTime() <= lastMonth.getTime()) return null;
  return {
    yearEnding: lastMonth,
    add: range.to.getTime() > end.getTime() ? { from: end, to: range.to } : null,
    subtract: range.to.getTime() < end.getTime() ? { from: range.to, to: end } : null,
  };
}

function nextMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** The first day of the bucket holding `date` (weeks start on Monday, as in Poland). */
export function bucketStart(date: Date, bucket: TBucket): Date {
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (bucket) {
    case "day":
      return date;
    case "week":
      return addDays(date, -((date.getUTCDay() + 6) % 7));
    case "month":
      return new Date(Date.UTC(y, m, 1));
    case "quarter":
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case "year":
      return new Date(Date.UTC(y, 0, 1));
  }
}

/** The first day of the bucket after the one starting at `date` (the bucket's exclusive end). */
export function nextBucket(date: Date, bucket: TBucket): Date {
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (bucket) {
    case "day":
      return addDays(date, 1);
    case "week":
      return addDays(date, 7);
    case "month":
      return new Date(Date.UTC(y, m + 1, 1));
    case "quarter":
      return new Date(Date.UTC(y, m + 3, 1));
    case "year":
      return new Date(Date.UTC(y + 1, 0, 1));
  }
}

/** Every bucket the range touches, by its first day. */
export function bucketsOf(range: TRange, bucket: TBucket): string[] {
  const out: string[] = [];
  for (let at = bucketStart(range.from, bucket); at < range.to; at = nextBucket(at, bucket)) out.push(formatDay(at));
  return out;
}

export const minDate = (a: Date, b: Date): Date => (a < b ? a : b);
export const maxDate = (a: Date, b: Date): Date => (a > b ? a : b);
