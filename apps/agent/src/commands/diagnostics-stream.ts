import { COMMANDS } from "@erp-bridge/shared";
import { defineStreamCommand } from "./define-command.ts";

export const diagnosticsStream = defineStreamCommand({
  name: "diagnostics.stream",
  spec: COMMANDS["diagnostics.stream"],
  pages: async function* ({ input, resumeFromPage, signal }) {
    const filler = "x".repeat(input.pageBytes);
    for (let seq = resumeFromPage; seq < input.pages; seq++) {
      signal.throwIfAborted();
      yield { seq, filler };
    }
    // Totals for the whole stream, resumed or not: the portal holds every page.
    return { pages: input.pages, bytes: input.pages * input.pageBytes };
  },
});
