import { getFormatter } from "next-intl/server";

/** A moment as "5 minutes ago" / "in 3 minutes", the exact time on hover, in the reader's locale. */
export async function When({ date, now }: { date: Date; now: Date }) {
  const format = await getFormatter();
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "short", timeStyle: "medium" })}>
      {format.relativeTime(date, now)}
    </time>
  );
}
