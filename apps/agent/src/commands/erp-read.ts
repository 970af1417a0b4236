import { COMMANDS } from "@erp-bridge/shared";
import { CommandError } from "../errors/command-error.ts";
import { defineStreamCommand, MAX_PAYLOAD_BYTES } from "./define-command.ts";
import { readFittingPage } from "./fitting-page.ts";

/** Bytes of `,"total":9007199254740991`, the widest total field a page can carry. */
const TOTAL_ROOM = 32;

/**
 * Streams one connector read page by page from the caller's cursor. Each page carries the
 * cursor after it, so the portal can store rows and position together. After a reconnect
 * the read starts again from the input cursor and skips the pages the portal already holds:
 * reads are keyset-ordered, so the pages after those continue where the stored ones ended
 * (rows changed meanwhile may come twice; consumers upsert). A page of pageSize rows too big
 * for one frame (long names, descriptions) is read again with fewer rows, see readFittingPage.
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
      // Measured without `total`, which only a fresh read carries: a resumed read must cut the
      // pages it skips exactly as the first run did, so room for it is kept aside instead.
      const pageOf = (page: { rows: unknown[]; cursor: string | null }) => ({
        resource: input.resource,
        seq,
        rows: page.rows,
        cursor: page.cursor,
      });
      const { resource, pageSize } = input;
      const maxBytes = MAX_PAYLOAD_BYTES - TOTAL_ROOM;
      const page = await readFittingPage({ resource, cursor, pageSize, maxBytes, read, pageOf });
      cursor = page.cursor;
      rows += page.rows.length;
      if (seq >= resumeFromPage) yield { ...pageOf(page), ...(seq === 0 && total !== undefined && { total }) };
      if (page.done) return { resource: input.resource, pages: seq + 1, rows, cursor, done: true };
    }
    return { resource: input.resource, pages: input.maxPages, rows, cursor, done: false };
  },
});
