import { COMMANDS } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import { defineStreamCommand } from "./define-command.ts";

/**
 * Streams one connector read page by page from the caller's cursor. Each page carries the
 * cursor after it, so the portal can store rows and position together. After a reconnect
 * the read starts again from the input cursor and skips the pages the portal already holds:
 * reads are keyset-ordered, so the pages after those continue where the stored ones ended
 * (rows changed meanwhile may come twice; consumers upsert).
 */
export const erpRead = defineStreamCommand({
  name: "erp.read",
  spec: COMMANDS["erp.read"],
  pages: async function* ({ input, erp, resumeFromPage, signal }) {
    if (!erp.reads) {
      const problem = { code: "noErp", params: {} };
      throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured", problem });
    }
    const read = erp.reads[input.resource];
    let cursor = input.cursor;
    let rows = 0;
    // A read from the start tells the portal its size first, so progress can show done/total.
    const total = input.cursor === null && resumeFromPage === 0 ? await erp.countRows(input.resource) : undefined;
    for (let seq = 0; seq < input.maxPages; seq++) {
      signal.throwIfAborted();
      const page = await read({ cursor, pageSize: input.pageSize });
      cursor = page.cursor;
      rows += page.rows.length;
      if (seq >= resumeFromPage) {
        yield {
          resource: input.resource,
          seq,
          rows: page.rows,
          cursor,
          ...(seq === 0 && total !== undefined && { total }),
        };
      }
      if (page.done) return { resource: input.resource, pages: seq + 1, rows, cursor, done: true };
    }
    return { resource: input.resource, pages: input.maxPages, rows, cursor, done: false };
  },
});
