import type { TJobHandlers } from "../platform/jobs/job-catalogue.ts";
import { deliverOrderWebhook } from "../channels/webhooks/deliver-order-webhook.ts";
import { deliverStockWebhooks } from "../channels/webhooks/deliver-stock-webhooks.ts";
import { runSync } from "../erp-data/sync/run-sync.ts";
import { sendAlertEmail } from "../insight/alerts/send-alert-email.ts";

/** The handler of every queue in platform/jobs/job-catalogue.ts; the engines work them. */
export const JOB_HANDLERS: TJobHandlers = {
  "sync-run": runSync,
  "stock-webhook": deliverStockWebhooks,
  "alert-email": sendAlertEmail,
  "order-webhook": deliverOrderWebhook,
};
