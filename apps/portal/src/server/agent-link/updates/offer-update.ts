import { ZAgentPlatform } from "@erp-bridge/shared";
import { getDb } from "../../platform/database/db.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "../hub/agent-session.ts";
import { BUILD_PART_BYTES, OFFERABLE_UPDATE_STATES } from "../update-pages.ts";

/**
 * Offers the agent its unfinished update, if any: after every welcome and when staff start one.
 * Once the agent has staged it (INSTALLING) it is not offered again: the version that connects
 * next reports the outcome, and an old version put back must not download it a second time.
 */
export async function offerUpdate(session: AgentSession): Promise<void> {
  if (session.state !== "open") return;
  const update = await getDb().agentUpdate.findFirst({
    where: { agentId: session.agentId, finishedAt: null, state: { in: [...OFFERABLE_UPDATE_STATES] } },
    select: {
      id: true,
      build: { select: { version: true, platform: true, size: true, sha256: true, signature: true } },
    },
  });
  if (!update) return;
  const { version, size, sha256, signature } = update.build;
  const platform = ZAgentPlatform.parse(update.build.platform);
  session.send("update.offer", {
    updateId: update.id,
    manifest: { version, platform, size, sha256 },
    signature,
    pageBytes: BUILD_PART_BYTES,
  });
  log("info", "update offered", { ...session.logFields, updateId: update.id, version });
}
