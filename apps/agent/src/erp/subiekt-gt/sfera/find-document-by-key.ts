import type { Kysely } from "kysely";
import type { TDialectHelpers } from "../../sql/dialect-helpers.ts";
import { DOK_TYP } from "../schema/document-codes.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import type { TLookup } from "./bridge-messages.ts";

/**
 * The document of these types whose dok_NrPelnyOryg is the key: what the Sfera bridge asks before
 * every write. The key is already in its stored form (schema/document-key.ts, "EB…"): the bridge
 * writes exactly the key it is given, so the Sfera writer gives it the stored form, and the bridge
 * asks about the very text it will write. The first written wins, as in the SQL writer's own look-up; a document an operator
 * cancelled still counts, so a cancelled sale is never silently issued a second time.
 */
export function documentByKeyQuery(options: { db: Kysely<TSubiektDatabase>; h: TDialectHelpers; lookup: TLookup }) {
  const { db, h, lookup } = options;
  const query = db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_NrPelny"])
    .where("dok_NrPelnyOryg", "=", lookup.key)
    .where(
      "dok_Typ",
      "in",
      lookup.types.map((type) => DOK_TYP[type]),
    )
    .orderBy("dok_Id");
  return h.top(query, { size: 1 });
}

export async function findDocumentByKey(options: {
  db: Kysely<TSubiektDatabase>;
  h: TDialectHelpers;
  lookup: TLookup;
}): Promise<{ id: number; number: string } | null> {
  const row = await documentByKeyQuery(options).executeTakeFirst();
  return row ? { id: row.dok_Id, number: row.dok_NrPelny } : null;
}
