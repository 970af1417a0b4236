import { MAX_UPDATE_PAGE_BYTES, ZBuildManifest, ZBuildSignature } from "@erp-bridge/shared";
import { z } from "zod";

/**
 * Stored builds are cut into parts of this size, and the tunnel offers them with it as the page
 * size, so update page `seq` is part `seq` as stored.
 */
export const BUILD_PART_BYTES = MAX_UPDATE_PAGE_BYTES;

/** One entry of `npm run build:agent`'s dist/agent/builds.json (tools/build-agent/sign-build.ts). */
export const ZBuildRecord = ZBuildManifest.extend({
  file: z.string().regex(/^[A-Za-z0-9._-]+$/, "must be a plain file name beside builds.json"),
  signature: ZBuildSignature,
  keyId: z.string().min(1).max(64),
  commit: z.string().min(1).max(64),
  builtAt: z.iso.datetime({ offset: true }),
});
export type TBuildRecord = z.infer<typeof ZBuildRecord>;

export const ZBuildsFile = z.object({ builds: z.array(ZBuildRecord).min(1, "lists no builds") });
