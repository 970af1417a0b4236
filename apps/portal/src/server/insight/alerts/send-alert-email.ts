import nodemailer from "nodemailer";
import { env, publicUrl } from "../../../env.ts";
import { getDb } from "../../platform/database/db.ts";
import { log } from "../../platform/log.ts";
import { alertPath, alertText } from "./alert-text.ts";
import type { TAlert } from "./find-alerts.ts";

/**
 * E-mails one alert to every active staff member and, when the integration says so, to the
 * client's users, each in their language. Without an SMTP server configured the alert stays
 * in the portal and this says so in the log. Throws when sending fails, so the job retries.
 */
export async function sendAlertEmail(options: { alert: TAlert; smtpUrl?: string }): Promise<{ sentTo: string[] }> {
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL;
  const { alert } = options;
  const recipients = await getDb().user.findMany({
    where: {
      disabledAt: null,
      OR: [{ role: "STAFF" }, ...(alert.notifyClient ? [{ role: "CLIENT" as const, companyId: alert.companyId }] : [])],
    },
    select: { email: true, locale: true },
  });
  if (!smtpUrl) {
    log("warn", "alert e-mail not sent: SMTP_URL is not set", { companyId: alert.companyId, kind: alert.kind });
    return { sentTo: [] };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    for (const locale of new Set(recipients.map((r) => r.locale))) {
      const text = alertText(alert, locale);
      await transport.sendMail({
        from: env.ALERT_FROM,
        bcc: recipients.filter((r) => r.locale === locale).map((r) => r.email),
        subject: `[ERP Bridge] ${text}`,
        text: `${text}\n\n${publicUrl}${alertPath(alert)}\n`,
      });
    }
  } finally {
    transport.close();
  }
  return { sentTo: recipients.map((r) => r.email) };
}
