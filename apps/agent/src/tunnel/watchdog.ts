/** Calls `onExpire` when `reset` has not been called for `ms`. */
export function createWatchdog(options: { ms: number; onExpire: () => void }): { reset: () => void; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    reset: () => {
      clearTimeout(timer);
      timer = setTimeout(options.onExpire, options.ms);
    },
    stop: () => clearTimeout(timer),
  };
}
