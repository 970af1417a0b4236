export type TOrdersView = "all" | "errors";

/** The list's filters as the URL carries them; empty fields are "any". */
export type TOrdersQuery = {
  view: TOrdersView;
  companyId?: string;
  status?: string;
  erpState?: string;
  search?: string;
  limit?: string;
};

export const ERP_STATES = ["IDLE", "PENDING", "FAILED", "AWAITING_ERP", "HELD"] as const;

export const PAGE_SIZE = 50;
export const MAX_LIMIT = 200;

type TSearchParams = Record<string, string | string[] | undefined>;

export function readOrdersQuery(params: TSearchParams): TOrdersQuery {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  return {
    view: one("view") === "errors" ? "errors" : "all",
    companyId: one("companyId"),
    status: one("status"),
    erpState: one("erpState"),
    search: one("search"),
    limit: one("limit"),
  };
}

/** What listOrders gets: the error queue is the orders whose ERP step was refused or that the credit rule held. */
export function filtersOf(query: TOrdersQuery) {
  return {
    companyId: query.companyId,
    status: query.status,
    ...(query.view === "errors" ? { errorQueue: true } : { erpState: query.erpState }),
    search: query.search,
    limit: query.limit ?? PAGE_SIZE,
  };
}

/** A link to the list with some filters changed (undefined drops one). */
export function ordersHref(query: TOrdersQuery, change: Partial<TOrdersQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  if (merged.view === "errors") params.set("view", "errors");
  for (const name of ["companyId", "status", "erpState", "search", "limit"] as const) {
    const value = merged[name];
    if (value && !(name === "erpState" && merged.view === "errors")) params.set(name, value);
  }
  const text = params.toString();
  return text ? `/orders?${text}` : "/orders";
}
