import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { preflightDocuments } from "./preflight-writes.ts";

const settings = (over: Partial<TIntegrationSettings>): TIntegrationSettings => ({ ...DEFAULT_SETTINGS, ...over });
const showroom = [
  { erpId: 1, role: "store" as const },
  { erpId: 2, role: "showroom" as const },
];

describe("the write preflight's documents", () => {
  it("leaves FS, PA and KFS out when Subiekt's operator issues sale documents", () => {
    expect(preflightDocuments(settings({ saleDocuments: "erp", saleDocumentWithoutNip: "PA" }))).toEqual([
      "customer",
      "ZK",
      "ZK_reserved",
    ]);
  });

  it("writes them when our writer issues them; the PA only when buyers without a NIP get one", () => {
    expect(preflightDocuments(settings({ saleDocuments: "writer", saleDocumentWithoutNip: "PA" }))).toEqual([
      "customer",
      "ZK",
      "ZK_reserved",
      "FS",
      "PA",
      "KFS",
    ]);
    expect(preflightDocuments(settings({ saleDocuments: "writer", saleDocumentWithoutNip: "FS" }))).not.toContain("PA");
  });

  it("writes an MM only for click-and-collect by transfer to a showroom", () => {
    const transfer = settings({ clickAndCollect: "transfer", warehouses: showroom });
    expect(preflightDocuments(transfer)).toContain("MM");
    expect(preflightDocuments({ ...transfer, warehouses: [showroom[0]!] })).not.toContain("MM");
  });
});
