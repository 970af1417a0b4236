import { MAX_UPDATE_PAGE_BYTES } from "@erp-bridge/shared";

/**
 * Stored builds are cut into parts of this size and offered with it as the page size, so
 * update page `seq` is part `seq` as stored (AgentBuildPart).
 */
export const BUILD_PART_BYTES = MAX_UPDATE_PAGE_BYTES;

/** Update states an agent may still be offered (again after a reconnect, resuming its download). */
export const OFFERABLE_UPDATE_STATES = ["PENDING", "DOWNLOADING"] as const;
