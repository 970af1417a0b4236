import { useTranslations } from "next-intl";

const ERP_BADGE = {
  idle: "badge badge-on",
  pending: "badge badge-wait",
  failed: "badge badge-error",
  awaiting_erp: "badge badge-wait",
  held: "badge badge-error",
} as const;

export type TErpState = keyof typeof ERP_BADGE;

/** The portal's status of an order (where the goods are). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("orders.status");
  return (
    <span className="badge badge-off" data-status={status}>
      {t.has(status) ? t(status) : status}
    </span>
  );
}

/** Whether the ERP has everything the order needs, is about to get it, or refused it. */
export function ErpBadge({ state }: { state: TErpState }) {
  const t = useTranslations("orders.erpState");
  return (
    <span className={ERP_BADGE[state]} data-erp-state={state}>
      {t(state)}
    </span>
  );
}

const ERP_STATE_OF = {
  IDLE: "idle",
  PENDING: "pending",
  FAILED: "failed",
  AWAITING_ERP: "awaiting_erp",
  HELD: "held",
} as const satisfies Record<string, TErpState>;

export function erpStateOf(state: keyof typeof ERP_STATE_OF): TErpState {
  return ERP_STATE_OF[state];
}
