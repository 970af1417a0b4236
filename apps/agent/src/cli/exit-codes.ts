/** Process exit codes, part of the agent's interface to service managers and scripts. */
export const EXIT = {
  OK: 0,
  /** Bad usage, invalid configuration, failed enrollment, failed status check. */
  FAILURE: 1,
  /** The portal rejected or revoked the credential: retrying cannot help, re-enroll. */
  CREDENTIAL_REJECTED: 2,
  /** Agent and portal share no protocol version: one of them needs updating. */
  PROTOCOL_VERSION: 3,
  /** `run --supervised` verified and staged an update: its supervisor swaps it in and starts it. */
  UPDATE_READY: 10,
} as const;
