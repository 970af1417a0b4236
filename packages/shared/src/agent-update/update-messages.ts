import { z } from "zod";
import { ZBuildManifest, ZBuildSignature } from "./build-manifest.ts";

/** Pages of a build: 512 KiB of bytes are ~700,000 base64 characters, well inside one 1 MiB frame. */
export const MAX_UPDATE_PAGE_BYTES = 512 * 1024;
/** Pages an agent asks for at once: the same window as result pages going the other way. */
export const UPDATE_PULL_WINDOW = 8;
/** How long a new version has to connect before the old one is put back. */
export const UPDATE_TRIAL_MS = 120_000;

const ZUpdateId = z.uuid();

/** Why an update did not happen; the portal turns these into words. */
export const ZUpdateErrorCode = z.enum([
  /** The signature does not verify with the key built into this agent (or the build is unsigned). */
  "BAD_SIGNATURE",
  /** The bytes received do not have the signed SHA-256: altered or corrupted on the way. */
  "DIGEST_MISMATCH",
  /** A build for another platform. */
  "WRONG_PLATFORM",
  /** This agent already runs that version. */
  "SAME_VERSION",
  /** The agent does not run as an installed service (e.g. from source), so nothing can swap it. */
  "NOT_INSTALLED",
  /** Another update is in progress. */
  "BUSY",
  /** Writing or swapping the executable failed (disk, permissions). */
  "INSTALL_FAILED",
  /** The new version exited before it connected to the portal. */
  "EXITED_BEFORE_CONNECTING",
  /** The new version did not connect within the trial period. */
  "NOT_CONNECTED_IN_TIME",
  /** Staff cancelled it before it was installed. */
  "CANCELLED",
]);
export type TUpdateErrorCode = z.infer<typeof ZUpdateErrorCode>;
export const ZUpdateError = z.object({ code: ZUpdateErrorCode, message: z.string().max(4000) });
export type TUpdateError = z.infer<typeof ZUpdateError>;

export const ZUpdateState = z.enum(["downloading", "refused", "installing", "installed", "rolled_back", "cancelled"]);
export type TUpdateState = z.infer<typeof ZUpdateState>;

/**
 * Updates through the tunnel, portal to agent. Kept apart from PORTAL_MESSAGES until the
 * portal implements its side; the agent dispatches both catalogues together.
 */
export const PORTAL_UPDATE_MESSAGES = {
  /** A signed build for this agent. Sent after the welcome (again after a reconnect) until a final status. */
  "update.offer": z.object({
    updateId: ZUpdateId,
    manifest: ZBuildManifest,
    signature: ZBuildSignature,
    pageBytes: z.number().int().min(1024).max(MAX_UPDATE_PAGE_BYTES),
  }),
  /** Bytes [seq * pageBytes, +pageBytes) of the build, base64; the last page may be shorter. */
  "update.page": z.object({
    updateId: ZUpdateId,
    seq: z.number().int().min(0),
    data: z.string().max(Math.ceil(MAX_UPDATE_PAGE_BYTES / 3) * 4),
  }),
  /** Staff withdrew the update: an agent still downloading drops it. */
  "update.cancel": z.object({ updateId: ZUpdateId }),
  /** The portal stored the final status: the agent stops repeating it. */
  "update.ack": z.object({ updateId: ZUpdateId }),
} as const;

/** Updates through the tunnel, agent to portal. */
export const AGENT_UPDATE_MESSAGES = {
  /** Asks for pages [fromSeq, fromSeq + count); the agent keeps at most UPDATE_PULL_WINDOW asked and unanswered. */
  "update.pull": z.object({
    updateId: ZUpdateId,
    fromSeq: z.number().int().min(0),
    count: z.number().int().min(1).max(UPDATE_PULL_WINDOW),
  }),
  /**
   * Progress and outcome. `installed` comes from the new version and `rolled_back` from the old
   * one put back, each after every welcome until the portal answers `update.ack`.
   */
  "update.status": z.object({
    updateId: ZUpdateId,
    version: z.string().max(50),
    state: ZUpdateState,
    receivedBytes: z.number().int().min(0).optional(),
    error: ZUpdateError.optional(),
  }),
} as const;
