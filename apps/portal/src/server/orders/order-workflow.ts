import type { TOrderStatus } from "@erp-bridge/shared";

/**
 * Which status may follow which, when a channel or staff move an order. "accepted" is set by
 * the portal when the ERP has the order (ZK); "completed" may also come from the ERP.
 */
const NEXT: Record<TOrderStatus, readonly TOrderStatus[]> = {
  new: ["cancelled"],
  accepted: ["sent_to_showroom", "shipped", "completed", "cancelled"],
  sent_to_showroom: ["ready_for_pickup", "completed", "cancelled"],
  ready_for_pickup: ["completed", "cancelled"],
  shipped: ["completed"],
  completed: [],
  cancelled: [],
};

export function canMove(from: TOrderStatus, to: TOrderStatus): boolean {
  return NEXT[from].includes(to);
}

export function allowedNext(from: TOrderStatus): readonly TOrderStatus[] {
  return NEXT[from];
}
