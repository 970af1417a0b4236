import type { TPreflightDocument } from "@erp-bridge/shared";
import type { TIntegrationSettings } from "../../settings/integration-settings.ts";

/**
 * The documents this integration will write. Orders reserve (ZK_reserved); the plain ZK (ZK) is
 * tried too, so that a refusal of the reservation's stock update is told apart from one of the
 * ZK itself. An MM only for click-and-collect by transfer to a showroom. Sale documents only
 * when our writers issue them (settings.saleDocuments "writer"; with "erp" Subiekt's operator
 * does): an invoice (FS) for every buyer with a NIP, a receipt (PA) only when the settings issue
 * one without, a correction (KFS) for a return.
 */
export function preflightDocuments(settings: TIntegrationSettings): TPreflightDocument[] {
  const showroom = settings.warehouses.some((w) => w.role === "showroom");
  const sales = settings.saleDocuments === "writer";
  return [
    "customer",
    "ZK",
    "ZK_reserved",
    ...(settings.clickAndCollect === "transfer" && showroom ? (["MM"] as const) : []),
    ...(sales ? (["FS"] as const) : []),
    ...(sales && settings.saleDocumentWithoutNip === "PA" ? (["PA"] as const) : []),
    ...(sales ? (["KFS"] as const) : []),
  ];
}
