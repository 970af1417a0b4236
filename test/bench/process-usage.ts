import { cpuSeconds, round, rssMb } from "./stats.ts";

/**
 * A process's CPU (utime + stime from /proc/PID/stat, start to stop) and resident memory (sampled
 * every `everyMs`) over a stretch of a bench; `stop` returns the figures.
 */
export async function watchProcess(options: { pid: number; everyMs?: number }) {
  const started = performance.now();
  const cpuBefore = await cpuSeconds(options.pid);
  const samples: number[] = [await rssMb(options.pid)];
  const timer = setInterval(() => {
    void rssMb(options.pid).then(
      (mb) => samples.push(mb),
      () => undefined,
    );
  }, options.everyMs ?? 500);
  return {
    async stop() {
      clearInterval(timer);
      const cpu = (await cpuSeconds(options.pid)) - cpuBefore;
      const seconds = (performance.now() - started) / 1000;
      return {
        cpuSeconds: round(cpu),
        /** Of one core: 100 means one core busy the whole time. */
        cpuPercent: round((100 * cpu) / seconds),
        rssMbAverage: round(samples.reduce((sum, mb) => sum + mb, 0) / samples.length),
        rssMbPeak: Math.max(...samples),
      };
    },
  };
}
