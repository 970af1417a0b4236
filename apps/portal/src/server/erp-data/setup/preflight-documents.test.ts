import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type TIntegrationSettings } from "../../settings/integration-settings.ts";
import { preflightDocuments } from "./preflight-documents.ts";

const settings = (changes: Partial<TIntegrationSettings>): TIntegrationSettings => ({
  ...DEFAULT_SETTINGS,
  warehouses: [{ erpId: 1, role: "store" }],
  saleDocuments: "writer",
  ...changes,
});
const showroom = [
  { erpId: 1, role: "store" as const },
  { erpId: 2, role: "showroom" as const },
];

describe("preflightDocuments", () => {
  it("tries what the settings write: an MM only for click-and-collect by transfer to a showroom", () => {
    expect(preflightDocuments(settings({ warehouses: showroom }))).toEqual([
      "customer",
      "ZK",
      "ZK_reserved",
      "MM",
      "FS",
      "PA",
      "KFS",
    ]);
    expect(preflightDocuments(settings({}))).not.toContain("MM");
    expect(preflightDocuments(settings({ warehouses: showroom, clickAndCollect: "statuses_only" }))).not.toContain(
      "MM",
    );
  });

  it("a PA only when buyers without a NIP get receipts; an FS always (buyers with a NIP)", () => {
    expect(preflightDocuments(settings({ saleDocumentWithoutNip: "FS" }))).toEqual([
      "customer",
      "ZK",
      "ZK_reserved",
      "FS",
      "KFS",
    ]);
  });

  it("no FS, PA or KFS when Subiekt's operator issues the sale documents", () => {
    expect(preflightDocuments(settings({ saleDocuments: "erp", warehouses: showroom }))).toEqual([
      "customer",
      "ZK",
      "ZK_reserved",
      "MM",
    ]);
  });
});
