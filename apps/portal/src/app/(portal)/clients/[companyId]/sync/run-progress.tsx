type TRun = { status: string; done: number; total: number | null };

function barOf(run: TRun): { value?: number; max?: number } {
  // A finished run is full, even one that had nothing to read (total 0).
  if (run.status === "SUCCEEDED") return { value: run.total || 1, max: run.total || 1 };
  if (run.total !== null) return { value: Math.min(run.done, run.total), max: Math.max(run.total, 1) };
  // No count from the ERP yet: indeterminate while it runs, empty once it failed.
  return run.status === "FAILED" ? { value: 0, max: 1 } : {};
}

/** A run's progress as a real progress bar: done of total. */
export function RunProgress({ run, label, testId }: { run: TRun; label: string; testId: string }) {
  return <progress aria-label={label} data-testid={testId} data-status={run.status} {...barOf(run)} />;
}
