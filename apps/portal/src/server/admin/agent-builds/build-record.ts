import { ZBuildManifest, ZBuildSignature } from "@erp-bridge/shared";
import { z } from "zod";

/** One entry of `npm run build:agent`'s dist/agent/builds.json (tools/build-agent/sign-build.ts). */
export const ZBuildRecord = ZBuildManifest.extend({
  file: z.string().regex(/^[A-Za-z0-9._-]+$/),
  signature: ZBuildSignature,
  keyId: z.string().min(1).max(64),
  commit: z.string().min(1).max(64),
  builtAt: z.iso.datetime({ offset: true }),
});
export type TBuildRecord = z.infer<typeof ZBuildRecord>;

export const ZBuildsFile = z.object({ builds: z.array(ZBuildRecord).min(1) });
