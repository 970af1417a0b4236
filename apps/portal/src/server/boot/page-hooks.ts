import { enqueueStockWebhook } from "../channels/webhooks/enqueue-stock-webhook.ts";
import { afterEachPage, definePageHook, type TPageHook } from "../erp-data/sync/page-hooks.ts";
import { recordReportDocuments } from "../insight/reports/rollups/record-report-documents.ts";
import { retractReportDocuments } from "../insight/reports/rollups/retract-report-documents.ts";
import { dropEmptyRows } from "../insight/reports/rollups/upsert-delta.ts";
import { reconcileOrdersFromDocuments } from "../orders/reconcile-from-documents.ts";

/** What other domains do with each page the sync applies, in the page's transaction. */
export const PAGE_HOOKS: readonly TPageHook[] = [
  // The sales rollups: what a re-read document added before is taken out, then its new version added.
  definePageHook({
    name: "report rollups",
    groups: ["DOCUMENTS"],
    before: ({ tx, companyId, integrationId, ids }) => retractReportDocuments({ tx, companyId, integrationId, ids }),
    after: async ({ tx, companyId, integrationId, ids }, retractedDays) => {
      await recordReportDocuments({ tx, companyId, integrationId, ids });
      await dropEmptyRows({ tx, integrationId, days: retractedDays });
    },
  }),
  // Orders whose ZK was fulfilled, or whose sale was issued in the ERP, move on.
  afterEachPage({
    name: "orders from documents",
    groups: ["DOCUMENTS"],
    after: ({ tx, companyId, integrationId, ids }) =>
      reconcileOrdersFromDocuments({ tx, companyId, integrationId, documentIds: ids }),
  }),
  afterEachPage({
    name: "stock webhooks",
    groups: ["STOCK"],
    after: ({ tx, companyId, integrationId, applied }) =>
      enqueueStockWebhook({ tx, companyId, integrationId, productIds: applied.stockProductIds }),
  }),
];
