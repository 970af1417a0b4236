import type { createFormatter } from "next-intl";
import { nextBucket, parseDay, type TBucket } from "@/server/insight/reports/report-period.ts";

/** What the page needs of next-intl's formatter (getFormatter on the server, useFormatter in charts). */
export type TFormat = Pick<ReturnType<typeof createFormatter>, "number" | "dateTime" | "dateTimeRange">;

// Report days are UTC midnights standing for Polish calendar days: read them in UTC.
const DAY = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
const MONTH = { month: "long", year: "numeric", timeZone: "UTC" } as const;
const SHORT_MONTH = { month: "short", year: "numeric", timeZone: "UTC" } as const;

/**
 * A bucket (given by its first day) in words: "3 mar 2026", "2–8 mar 2026", "marzec 2026",
 * "sty–mar 2026", "2026"; `short` for a chart's axis ("mar 2026").
 */
export function formatBucket(format: TFormat, day: string, bucket: TBucket, short = false): string {
  const start = parseDay(day);
  const last = new Date(nextBucket(start, bucket).getTime() - 86_400_000);
  switch (bucket) {
    case "day":
      return format.dateTime(start, DAY);
    case "week":
      return format.dateTimeRange(start, last, DAY);
    case "month":
      return format.dateTime(start, short ? SHORT_MONTH : MONTH);
    case "quarter":
      return format.dateTimeRange(start, last, SHORT_MONTH);
    case "year":
      return String(start.getUTCFullYear());
  }
}

/** A period of days ("1 mar 2026 – 31 mar 2026" reads "1–31 mar 2026"), `to` inclusive. */
export function formatPeriod(format: TFormat, from: string, to: string): string {
  return from === to ? format.dateTime(parseDay(from), DAY) : format.dateTimeRange(parseDay(from), parseDay(to), DAY);
}
