import { z } from "zod";

export const COMPLAINT_STATUSES = ["open", "in_review", "accepted", "rejected", "resolved"] as const;
export const ZComplaintStatus = z.enum(COMPLAINT_STATUSES);
export type TComplaintStatus = z.infer<typeof ZComplaintStatus>;

/** A complaint is reviewed, then accepted or rejected, then resolved; staff move it. */
const NEXT: Record<TComplaintStatus, readonly TComplaintStatus[]> = {
  open: ["in_review"],
  in_review: ["accepted", "rejected"],
  accepted: ["resolved"],
  rejected: ["resolved"],
  resolved: [],
};

/** The statuses a complaint may move to; none for a status this workflow does not know. */
export function complaintNext(from: string): readonly TComplaintStatus[] {
  const parsed = ZComplaintStatus.safeParse(from);
  return parsed.success ? NEXT[parsed.data] : [];
}
