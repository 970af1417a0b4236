/** Percentile of a sample by nearest rank (no interpolation: every figure is a measured value). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Resident memory of a process, from /proc (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return round(kb / 1024);
}

/** CPU time a process has used so far (user + system), from /proc (Linux), in seconds. */
export async function cpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at state; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/**
 * The machine as a bench finds it: the load average (1, 5 and 15 minutes) and the cores. Every
 * process on the machine counts in it, so a figure measured beside other work says so itself.
 */
export async function machineLoad(): Promise<{ loadAverage: number[]; cores: number }> {
  const { availableParallelism, loadavg } = await import("node:os");
  return { loadAverage: loadavg().map((value) => round(value, 2)), cores: availableParallelism() };
}

/**
 * A process's resident memory split as the kernel sees it (/proc/PID/smaps_rollup): anonymous
 * (the JS heap, native allocations, WebAssembly memories) against file-backed (mapped code:
 * node itself, native modules), in MB.
 */
export async function rssSplitMb(pid: number): Promise<{ rss: number; anonymous: number; fileBacked: number }> {
  const { readFile } = await import("node:fs/promises");
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(rollup)?.[1] ?? Number.NaN);
  const rss = kb("Rss");
  const anonymous = kb("Anonymous");
  return { rss: round(rss / 1024), anonymous: round(anonymous / 1024), fileBacked: round((rss - anonymous) / 1024) };
}
