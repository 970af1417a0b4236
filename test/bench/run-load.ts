import { percentile, round } from "./stats.ts";

/**
 * Open-loop load: starts `rate` operations per second whatever the latency (a closed loop
 * would hide queueing), samples memory meanwhile, and waits for stragglers at the end.
 */
export async function runLoad(options: {
  rate: number;
  seconds: number;
  issue: (index: number) => Promise<number>;
  sampleRss: () => Promise<number>;
}) {
  const latencies: number[] = [];
  let failed = 0;
  let peakRss = 0;
  const pending: Promise<void>[] = [];
  const total = options.rate * options.seconds;
  const started = performance.now();
  const sampler = setInterval(() => void options.sampleRss().then((mb) => (peakRss = Math.max(peakRss, mb))), 250);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      options.issue(i).then(
        (ms) => void latencies.push(ms),
        () => void (failed += 1),
      ),
    );
  }
  await Promise.all(pending);
  clearInterval(sampler);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const pick = (p: number) => round(percentile(sorted, p));
  return {
    sent: total,
    latencies: sorted,
    failed,
    peakRss,
    elapsedSeconds,
    p50: pick(50),
    p95: pick(95),
    p99: pick(99),
    max: pick(100),
  };
}
