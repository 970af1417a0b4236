import type { TPreflightDocument } from "@erp-bridge/shared";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";

/**
 * The documents this integration will write. Orders reserve (ZK_reserved); the plain ZK (ZK) is
 * tried too, so that a refusal of the reservation's stock update is told apart from one of the
 * ZK itself. An invoice (FS) for every buyer with a NIP, a receipt (PA) only when the
 * settings issue one without; a correction (KFS) for a return; an MM only for click-and-collect
 * by transfer to a showroom. FS, PA and KFS are issued by our writers (SQL or Sfera) today: when
 * the settings can leave them to Subiekt's operator, they leave this list.
 */
export function preflightDocuments(settings: TIntegrationSettings): TPreflightDocument[] {
  const showroom = settings.warehouses.some((w) => w.role === "showroom");
  return [
    "customer",
    "ZK",
    "ZK_reserved",
    ...(settings.clickAndCollect === "transfer" && showroom ? (["MM"] as const) : []),
    "FS",
    ...(settings.saleDocumentWithoutNip === "PA" ? (["PA"] as const) : []),
    "KFS",
  ];
}
