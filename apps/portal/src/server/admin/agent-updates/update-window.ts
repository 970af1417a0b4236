/** Whether `now` falls in [fromHour, toHour) Warsaw time; a window may wrap past midnight (22 → 5). */
export function inUpdateWindow(options: { now: Date; fromHour: number; toHour: number }): boolean {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Warsaw", hour: "numeric", hourCycle: "h23" }).format(
      options.now,
    ),
  );
  const { fromHour, toHour } = options;
  return fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
}
