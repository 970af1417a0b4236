import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { CHANNEL_SELECT } from "./channel-view.ts";

/** The company's channel; NOT_FOUND alike for a missing id and another company's. */
export async function findChannel(options: { companyId: string; channelId: string; tx?: TTx }) {
  if (!z.uuid().safeParse(options.channelId).success || !z.uuid().safeParse(options.companyId).success) {
    throw notFound("channel");
  }
  const db = options.tx ?? getDb();
  const channel = await db.salesChannel.findFirst({
    where: { id: options.channelId, companyId: options.companyId },
    select: CHANNEL_SELECT,
  });
  if (!channel) throw notFound("channel");
  return channel;
}
