import { getDb } from "../../platform/database/db.ts";
import { openWebhookSecret, sealWebhookSecret } from "./webhook-secret.ts";

/**
 * Re-seals every channel's webhook secret with SECRETS_KEY (the last step of a key rotation,
 * run while SECRETS_KEY_PREVIOUS still opens the old values). The secrets themselves stay the
 * same, so channels notice nothing. A value neither key opens is left alone and named in the
 * answer (staff rotate that channel's secret).
 */
export async function resealWebhookSecrets(): Promise<{ resealed: number; unreadable: string[] }> {
  const channels = await getDb().salesChannel.findMany({
    where: { webhookSecret: { not: null } },
    select: { id: true, webhookSecret: true },
  });
  let resealed = 0;
  const unreadable: string[] = [];
  for (const channel of channels) {
    if (!channel.webhookSecret) continue;
    let plain: string;
    try {
      plain = openWebhookSecret(channel.webhookSecret);
    } catch {
      unreadable.push(channel.id);
      continue;
    }
    const sealed = sealWebhookSecret(plain);
    // Conditional on the value read, so a secret rotated meanwhile by staff is left as they set it.
    const { count } = await getDb().salesChannel.updateMany({
      where: { id: channel.id, webhookSecret: channel.webhookSecret },
      data: { webhookSecret: sealed },
    });
    resealed += count;
  }
  return { resealed, unreadable };
}
