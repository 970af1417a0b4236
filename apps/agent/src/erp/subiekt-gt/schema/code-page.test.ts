import { describe, expect, it } from "vitest";
import { toCodePage } from "./code-page.ts";

describe("text for cp1250 columns", () => {
  it("keeps Polish and what cp1250 holds, as it is", () => {
    expect(toCodePage("Zażółć gęślą jaźń „cudzysłów” – 10 €")).toEqual({
      text: "Zażółć gęślą jaźń „cudzysłów” – 10 €",
      unfit: [],
    });
  });

  it("drops the accents of letters cp1250 lacks", () => {
    expect(toCodePage("Peña Ærø")).toEqual({ text: "Pena r", unfit: ["Æ", "ø"] });
    expect(toCodePage("Ångström ﬁ")).toEqual({ text: "Angström fi", unfit: [] });
  });

  it("names what cannot be written at all, such as an emoji", () => {
    expect(toCodePage("Kasia 😀 Nowak")).toEqual({ text: "Kasia  Nowak", unfit: ["😀"] });
  });
});
