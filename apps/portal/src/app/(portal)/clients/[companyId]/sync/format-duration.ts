import type { getFormatter } from "next-intl/server";

type TFormatter = Awaited<ReturnType<typeof getFormatter>>;

/** "12.3 s" or "4 min 5 s", in the user's locale; "—" for a run that has not started. */
export function formatDuration(
  format: TFormatter,
  run: { startedAt: Date | null; finishedAt: Date | null },
  now: Date,
) {
  if (!run.startedAt) return "—";
  const seconds = Math.max(0, ((run.finishedAt ?? now).getTime() - run.startedAt.getTime()) / 1000);
  const unit = (value: number, name: "minute" | "second", digits = 0) =>
    format.number(value, { style: "unit", unit: name, maximumFractionDigits: digits });
  if (seconds < 60) return unit(seconds, "second", 1);
  return `${unit(Math.floor(seconds / 60), "minute")} ${unit(Math.floor(seconds % 60), "second")}`;
}
