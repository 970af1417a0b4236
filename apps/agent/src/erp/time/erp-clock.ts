/**
 * Subiekt (like every Polish ERP we connect) stores local wall-clock time, Europe/Warsaw, in
 * `datetime` columns without a zone. Inside the agent such values travel as Dates whose UTC
 * fields ARE the wall clock ("2026-12-06 00:30" is 2026-12-06T00:30:00Z): the SQL Server
 * driver runs with useUTC, the sandbox reads `timestamp` as UTC, so both paths agree whatever
 * time zone the agent's own host has. Only "now" and other real instants are converted, here.
 */
export const ERP_TIME_ZONE = "Europe/Warsaw";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The ERP's wall clock at an instant, in a Date's UTC fields. */
export function erpWallClock(instant: Date, timeZone = ERP_TIME_ZONE): Date {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(wall + instant.getUTCMilliseconds());
}

/** The ERP's calendar day at an instant (its wall-clock midnight): what a document is dated. */
export function erpDayOf(instant: Date, timeZone = ERP_TIME_ZONE): Date {
  const wall = erpWallClock(instant, timeZone);
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}
