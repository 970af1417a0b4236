import type { DataGroup } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";
import type { TApplied } from "./apply-page.ts";

/** A page of the copy being applied: its transaction, whose copy (company and integration), and the ERP ids its rows name. */
export type TPageEvent = { tx: TTx; companyId: string; integrationId: string; group: DataGroup; ids: number[] };
export type TAppliedPageEvent = TPageEvent & { applied: TApplied };

/** A hook as the page's owner runs it: `open` before the rows are written returns the `after` step. */
export type TPageHook = {
  name: string;
  groups: readonly DataGroup[];
  open: (page: TPageEvent) => Promise<(applied: TAppliedPageEvent) => Promise<void>>;
};

/**
 * What another domain does with each page of the copy, inside the page's transaction (so it
 * commits or rolls back with the rows): `before` runs while the copy still holds the old rows,
 * `after` once the page is written, with what `before` returned.
 */
export function definePageHook<TBefore>(hook: {
  name: string;
  groups: readonly DataGroup[];
  before: (page: TPageEvent) => Promise<TBefore>;
  after: (page: TAppliedPageEvent, before: TBefore) => Promise<void>;
}): TPageHook {
  return {
    name: hook.name,
    groups: hook.groups,
    async open(page) {
      const before = await hook.before(page);
      return (applied) => hook.after(applied, before);
    },
  };
}

/** A hook with nothing to do before the rows are written. */
export function afterEachPage(hook: {
  name: string;
  groups: readonly DataGroup[];
  after: (page: TAppliedPageEvent) => Promise<void>;
}): TPageHook {
  return definePageHook({ ...hook, before: async () => undefined, after: (page) => hook.after(page) });
}

let registered: readonly TPageHook[] | undefined;

/** Set once when the sync engine starts (boot/page-hooks.ts names them all). */
export function setPageHooks(hooks: readonly TPageHook[]): void {
  registered = hooks;
}

/** The hooks following a data group; refuses to apply pages before boot set them. */
export function pageHooksFor(group: DataGroup): TPageHook[] {
  if (!registered) throw new Error("sync page hooks are not set: start the sync engine (boot) first");
  return registered.filter((hook) => hook.groups.includes(group));
}
