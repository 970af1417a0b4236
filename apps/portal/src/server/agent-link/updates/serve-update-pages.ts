import type { AGENT_UPDATE_MESSAGES } from "@erp-bridge/shared";
import type { z } from "zod";
import { getDb } from "../../platform/database/db.ts";
import type { AgentSession } from "../hub/agent-session.ts";
import { publish } from "../publish.ts";
import { BUILD_PART_BYTES, OFFERABLE_UPDATE_STATES } from "../update-pages.ts";

type TPull = z.infer<(typeof AGENT_UPDATE_MESSAGES)["update.pull"]>;

/**
 * Answers a pull with the stored parts, in order. The agent asks from the first page it lacks,
 * so `fromSeq` pages are what it holds: recorded as the download's progress. A pull for an
 * update that is not this agent's, or no longer wanted (cancelled, finished), is answered
 * `update.cancel` so the agent drops its download.
 */
export async function serveUpdatePages(options: { session: AgentSession; pull: TPull }): Promise<void> {
  const { session, pull } = options;
  const db = getDb();
  const update = await db.agentUpdate.findFirst({
    where: { id: pull.updateId, agentId: session.agentId },
    select: { buildId: true, companyId: true, state: true, finishedAt: true, build: { select: { size: true } } },
  });
  const wanted = update && !update.finishedAt && OFFERABLE_UPDATE_STATES.some((state) => state === update.state);
  if (!update || !wanted) return session.send("update.cancel", { updateId: pull.updateId });
  await db.agentUpdate.updateMany({
    where: { id: pull.updateId, finishedAt: null },
    data: { state: "DOWNLOADING", receivedBytes: Math.min(pull.fromSeq * BUILD_PART_BYTES, update.build.size) },
  });
  // The agents page shows the download's progress (it re-reads at most once a second).
  await publish({ channel: "agent-presence", event: { agentId: session.agentId, companyId: update.companyId } });
  // One window (at most 8 × 512 KiB) read at once: never the whole executable in memory.
  const parts = await db.agentBuildPart.findMany({
    where: { buildId: update.buildId, seq: { gte: pull.fromSeq, lt: pull.fromSeq + pull.count } },
    orderBy: { seq: "asc" },
    select: { seq: true, data: true },
  });
  for (const part of parts) {
    session.send("update.page", {
      updateId: pull.updateId,
      seq: part.seq,
      data: Buffer.from(part.data).toString("base64"),
    });
  }
}
