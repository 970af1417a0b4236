import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import pl from "../../messages/pl.json" with { type: "json" };
import { SETUP_STEPS } from "../server/erp-data/setup/setup-steps.ts";
import {
  FORM_PROBLEM_CODES,
  formProblem,
  formProblemMessage,
  type TFormProblem,
} from "../server/platform/errors/form-problem.ts";

/** Values enough for any code's words; a missing one fails the rendering below. */
const VALUES = {
  name: "Serwer ERP",
  // The system's own words: pages fold them away, so no sentence carries them.
  detail: "connect ECONNREFUSED 10.0.0.5:1433",
  step: "scope",
  amount: "30.00",
  reference: "PAY-2",
  alreadyPaid: "100.00",
  total: "120.00",
  platform: "win-x64",
  current: "1.2.0",
  version: "1.1.0",
  connection: "optima",
};

function words(locale: "pl" | "en", problem: TFormProblem): string {
  const t = createTranslator({
    locale,
    messages: locale === "pl" ? pl : en,
    onError: (error) => {
      throw error;
    },
  });
  return formProblemMessage(problem, (key, params) => t(key as "formErrors.notFound", params));
}

describe("form problems in Polish and English", () => {
  it.each(FORM_PROBLEM_CODES)("%s has words in both languages, without the system's own detail", (code) => {
    const problem = formProblem(code, VALUES);
    for (const locale of ["pl", "en"] as const) {
      expect(words(locale, problem)).not.toMatch(/[{}]|formErrors/);
      expect(words(locale, problem)).not.toContain(VALUES.detail);
    }
  });

  it("has words for no code that is gone", () => {
    expect(Object.keys(pl.formErrors).sort()).toEqual([...FORM_PROBLEM_CODES].sort());
    expect(Object.keys(en.formErrors).sort()).toEqual([...FORM_PROBLEM_CODES].sort());
  });

  it("names an unfinished wizard step as the wizard does", () => {
    for (const step of SETUP_STEPS) {
      const problem = formProblem("earlierStepFirst", { step });
      expect(words("pl", problem)).toBe(`Najpierw zakończ krok „${pl.setup.steps[step]}”`);
      expect(words("en", problem)).toBe(`Finish the step “${en.setup.steps[step]}” first`);
    }
  });

  it("says an offline agent's name in the reader's language", () => {
    expect(words("pl", formProblem("agentOffline", { name: "Serwer ERP" }))).toBe("Agent „Serwer ERP” jest offline");
    expect(words("en", formProblem("agentOffline", { name: "Serwer ERP" }))).toBe("The agent Serwer ERP is offline");
  });
});
