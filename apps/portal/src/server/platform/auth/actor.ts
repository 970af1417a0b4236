/** Who is calling. Every domain function that touches client data takes one. */
export type TActor =
  { userId: string; role: "STAFF"; companyId: null } | { userId: string; role: "CLIENT"; companyId: string };

export function isStaff(actor: TActor): actor is Extract<TActor, { role: "STAFF" }> {
  return actor.role === "STAFF";
}
