import { z } from "zod";

/** STAFF: our company, sees every client. CLIENT: a user of exactly one client company. */
export const ROLES = ["STAFF", "CLIENT"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;
