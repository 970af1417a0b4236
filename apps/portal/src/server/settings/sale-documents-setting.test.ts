import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettings } from "./integration-settings.ts";

describe("who issues sale documents", () => {
  it("a new integration leaves them to Subiekt's operator, and the SQL writer is not chosen", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ saleDocuments: "erp", sqlSalesChosen: false });
  });

  it("settings saved before the choice keep our writer (as they behaved), without the SQL writer's explicit yes", () => {
    const before: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete before.saleDocuments;
    delete before.sqlSalesChosen;
    expect(readSettings(before)).toMatchObject({ saleDocuments: "writer", sqlSalesChosen: false });
  });
});
