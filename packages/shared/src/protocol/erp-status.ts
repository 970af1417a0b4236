import { z } from "zod";

/** What the agent knows of its ERP connection: reported in hello, status and erp.status. */
export const ZErpStatus = z.object({
  configured: z.boolean(),
  reachable: z.boolean(),
  message: z.string().max(1000),
  checkedAt: z.iso.datetime(),
});
export type TErpStatus = z.infer<typeof ZErpStatus>;
