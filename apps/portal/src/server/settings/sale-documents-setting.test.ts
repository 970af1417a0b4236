import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettings, ZSavedSettings } from "./integration-settings.ts";

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

  it("a save that leaves them to the operator needs the documents sync, which links the operator's document", () => {
    const documentsOff = {
      ...DEFAULT_SETTINGS,
      dataGroups: {
        ...DEFAULT_SETTINGS.dataGroups,
        documents: { ...DEFAULT_SETTINGS.dataGroups.documents, enabled: false },
      },
    };
    const refused = ZSavedSettings.safeParse(documentsOff);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ["saleDocuments"], params: { code: "saleDocumentsNeedSync" } }),
    ]);
    expect(ZSavedSettings.safeParse({ ...documentsOff, saleDocuments: "writer" }).success).toBe(true);
    expect(ZSavedSettings.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
});
