import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import pl from "../../messages/pl.json" with { type: "json" };
import { DATA_GROUP_KEYS } from "../server/settings/integration-settings.ts";

/** Every data group is named and described (the specification's "what channels get") in both languages. */
describe("data groups in Polish and English", () => {
  it.each(DATA_GROUP_KEYS.flatMap((key) => [["pl", key] as const, ["en", key] as const]))("%s: %s", (locale, key) => {
    const t = createTranslator({
      locale,
      messages: locale === "pl" ? pl : en,
      onError: (error) => {
        throw error;
      },
    });
    expect(t(`dataGroups.${key}` as "dataGroups.products")).not.toBe("");
    expect(t(`spec.synced.${key}` as "spec.synced.products")).not.toBe("");
  });
});
