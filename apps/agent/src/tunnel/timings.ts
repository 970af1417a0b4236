import type { TBackoffPolicy } from "./backoff.ts";

export type TTimings = {
  /** The portal pings every 15 s; three missed pings mean the path is dead even if TCP has not noticed. */
  livenessMs: number;
  /** From the upgrade to the portal's welcome. */
  welcomeMs: number;
  /** TCP + TLS + HTTP upgrade. */
  handshakeMs: number;
  /** How long shutdown waits for a running command before abandoning it to redelivery. */
  shutdownGraceMs: number;
  /** How long a close handshake may take before the socket is dropped. */
  closeMs: number;
  backoff: TBackoffPolicy;
};

export const TIMINGS: TTimings = {
  livenessMs: 45_000,
  welcomeMs: 15_000,
  handshakeMs: 15_000,
  shutdownGraceMs: 10_000,
  closeMs: 5_000,
  backoff: { baseMs: 1_000, capMs: 60_000, resetAfterMs: 60_000 },
};
