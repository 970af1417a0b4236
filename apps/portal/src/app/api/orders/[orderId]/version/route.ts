import { apiHandler } from "@/server/platform/http/api-handler.ts";
import { getOrderVersion } from "@/server/orders/get-order-version.ts";

export const dynamic = "force-dynamic";

/** Staff only: what an open order page compares to decide whether to re-read the order. */
export const GET = apiHandler<{ orderId: string }>(async ({ actor, params }) => ({
  body: { version: await getOrderVersion({ actor, orderId: params.orderId }) },
}));
