import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pl from "../../../apps/portal/messages/pl.json" with { type: "json" };
import { readErpLists } from "../../../apps/portal/src/server/erp-data/integrations/read-erp-lists.ts";
import { checkSetupStep } from "../../../apps/portal/src/server/erp-data/setup/check-setup-step.ts";
import { DEFAULT_SAMPLES } from "../../../apps/portal/src/server/erp-data/setup/setup-steps.ts";
import { DEFAULT_SETTINGS } from "../../../apps/portal/src/server/settings/integration-settings.ts";
import { fieldProblemMessage } from "../../../apps/portal/src/server/platform/errors/field-problem.ts";
import { fieldProblemText } from "../../../apps/portal/src/server/platform/errors/field-problem-text.ts";
import { formProblemMessage } from "../../../apps/portal/src/server/platform/errors/form-problem.ts";
import { problemDetail } from "../../../apps/portal/src/server/platform/errors/problem-params.ts";
import { FOREIGN_WORDS } from "../../e2e/foreign-text.ts";
import { failureOf } from "../../support/failure-of.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { enrolledAgent, startHub } from "../../support/tunnel-harness.ts";

/**
 * The setup wizard's and the integration page's refusals when the agent answers but its ERP does
 * not: the driver's own English words must stay out of the Polish sentence (pages fold them away
 * under "Szczegóły techniczne"), and still reach staff apart and the logs in English.
 */

let hub: Awaited<ReturnType<typeof startHub>>;
let agent: Awaited<ReturnType<typeof enrolledAgent>>;

beforeAll(async () => {
  hub = await startHub();
  // An ERP database that is not there: PostgreSQL answers in English that it does not exist.
  const erpUrl = new URL(process.env.DATABASE_URL ?? "");
  erpUrl.pathname = "/erp_bridge_no_such_erp";
  agent = await enrolledAgent({ portalUrl: hub.url, erpUrl: erpUrl.toString() });
  await agent.run().waitFor((log) => log.msg === "connected");
}, 60_000);

afterAll(async () => {
  await agent.cleanup();
  await hub.close();
});

/** The words as the pages put them (next-intl over pl.json, the problem's values as they are). */
const polish = createTranslator({ locale: "pl", messages: pl });
const translate = (key: string, params?: Record<string, string | number>) =>
  polish(key as "fieldErrors.required", params);

/** English words a Polish sentence must not carry (the page walk's net). */
const englishIn = (text: string) => FOREIGN_WORDS.filter((word) => word.test(text)).map(String);

describe("refusals when the agent's ERP is down, in the reader's language", () => {
  it("the wizard's agent step says the ERP cannot be reached in Polish; the driver's words come apart", async () => {
    const failure = await failureOf(
      checkSetupStep({
        actor: STAFF_ACTOR,
        companyId: agent.companyId,
        input: { step: "agent", agentId: agent.agentId, settings: DEFAULT_SETTINGS, samples: DEFAULT_SAMPLES },
      }),
    );
    const [problem] = failure.fieldErrors?.agentId ?? [];
    expect(problem?.code).toBe("agentErpDown");
    if (!problem) throw new Error("a refusal of the agent");
    const detail = problemDetail(problem.params);
    expect(detail).toMatch(/erp_bridge_no_such_erp/);
    const sentence = fieldProblemMessage(problem, translate);
    expect(sentence).toMatch(/^Agent nie może połączyć się z bazą ERP/);
    expect(sentence).not.toContain(detail);
    expect(englishIn(sentence)).toEqual([]);
    // Logs and the API keep the driver's words after the English sentence.
    expect(fieldProblemText(problem)).toContain(`Detail: ${detail}`);
  });

  it("the integration page's ERP lists say they could not be read in Polish; the agent's words come apart", async () => {
    const failure = await failureOf(
      readErpLists({ actor: STAFF_ACTOR, companyId: agent.companyId, agentId: agent.agentId }),
    );
    expect(failure).toMatchObject({ code: "UNAVAILABLE", problem: { code: "erpUnreadable" } });
    if (!failure.problem) throw new Error("a form problem");
    const detail = problemDetail(failure.problem.params);
    expect(detail).toMatch(/erp_bridge_no_such_erp/);
    const reason = formProblemMessage(failure.problem, translate);
    for (const key of ["integration.listsUnavailable", "integration.unavailable"]) {
      const sentence = translate(key, { reason });
      expect(sentence).not.toContain(detail);
      expect(englishIn(sentence)).toEqual([]);
    }
  });
});
