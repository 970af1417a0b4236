/**
 * The columns each table shows until the user chooses more: what an owner reads first, few enough
 * to fit a 1280 px screen beside the menu. The rest stay one click away and in every export. A
 * client with several ERPs also sees where each row came from (the column exists only for them).
 */
export const DEFAULT_COLUMNS = {
  breakdown: ["label", "sources", "net", "margin", "marginPct", "sharePct", "changePrevPct", "changeLastYearPct"],
  trend: ["bucket", "net", "margin", "marginPct", "documents", "lastYearNet", "changeLastYearPct"],
  unprofitable: ["group", "source", "contact", "warehouse", "margin", "marginPct", "marginChangePp", "flag"],
  contractors: ["name", "source", "net", "marginPct", "balance", "overdue", "oldestOverdueDueDate", "paymentDays"],
  documents: ["date", "type", "number", "related", "ordered", "net", "margin"],
};
