import { ZNip } from "@erp-bridge/shared";
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** What staff type into the company form; the same schema guards the API. */
export const ZCompanyInput = z.object({
  name: z.string().trim().min(2).max(200),
  nip: z.preprocess(emptyToUndefined, ZNip.optional()),
  email: z.preprocess(emptyToUndefined, z.email("Not a valid e-mail address").max(320).optional()),
});

export type TCompanyInput = z.infer<typeof ZCompanyInput>;
