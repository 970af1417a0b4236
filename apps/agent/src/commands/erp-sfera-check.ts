import { COMMANDS } from "@erp-bridge/shared";
import { defineCommand } from "./define-command.ts";

/**
 * `agent sfera-check` for the portal: the same check on the agent's running Sfera session, so staff
 * see its result in the wizard without a console on the client's server. An agent without "sfera"
 * settings answers that it has none rather than failing: that is the wizard's first question.
 */
export const erpSferaCheck = defineCommand({
  name: "erp.sfera.check",
  spec: COMMANDS["erp.sfera.check"],
  run: async ({ erp }) => {
    const checkedAt = () => new Date().toISOString();
    if (!erp.sfera) return { configured: false, ok: false, lines: [], checkedAt: checkedAt() };
    const report = await erp.sfera.check();
    return { configured: true, ok: report.ok, lines: report.lines.slice(0, 20), checkedAt: checkedAt() };
  },
});
