import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { CHANNEL_SELECT, toChannelView, type TChannelView } from "./channel-view.ts";

/** A company's channels, disabled ones included, by name. */
export async function listChannels(options: { actor: TActor; companyId: string; tx?: TTx }): Promise<TChannelView[]> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.companyId).success) return [];
  const db = options.tx ?? getDb();
  const rows = await db.salesChannel.findMany({
    where: { companyId: options.companyId },
    orderBy: { name: "asc" },
    select: CHANNEL_SELECT,
  });
  return rows.map(toChannelView);
}
