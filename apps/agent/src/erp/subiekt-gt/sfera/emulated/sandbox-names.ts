import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../../schema/database.ts";
import { BridgeFailure } from "./serve-bridge.ts";

type TDb = Kysely<TSubiektDatabase>;

/**
 * Sfera takes customers, warehouses and documents by id; the SQL writer by symbol, code and
 * number. These look-ups turn one into the other for the emulated bridge. An unknown id is refused
 * naming the field, as Sfera refuses an id it cannot load.
 */
export function sandboxNames(db: TDb) {
  const refuse = (path: string, what: string, id: number) =>
    new BridgeFailure({ code: "REFUSED", message: `${path}: no ${what} with id ${id}`, retryable: false });
  return {
    customerSymbol: async (options: { id: number; path: string }) => {
      const row = await db
        .selectFrom("kh__Kontrahent")
        .select("kh_Symbol")
        .where("kh_Id", "=", options.id)
        .executeTakeFirst();
      if (!row) throw refuse(options.path, "customer", options.id);
      return row.kh_Symbol;
    },
    warehouseCode: async (options: { id: number; path: string }) => {
      const row = await db
        .selectFrom("sl_Magazyn")
        .select("mag_Symbol")
        .where("mag_Id", "=", options.id)
        .executeTakeFirst();
      if (!row) throw refuse(options.path, "warehouse", options.id);
      return row.mag_Symbol.trim();
    },
    documentNumber: async (options: { id: number; path: string }) => {
      const row = await db
        .selectFrom("dok__Dokument")
        .select("dok_NrPelny")
        .where("dok_Id", "=", options.id)
        .executeTakeFirst();
      if (!row) throw refuse(options.path, "document", options.id);
      return row.dok_NrPelny;
    },
    product: (symbol: string) =>
      db
        .selectFrom("tw__Towar")
        .select(["tw_Id as id", "tw_Symbol as symbol", "tw_Nazwa as name"])
        .where("tw_Symbol", "=", symbol)
        .executeTakeFirst(),
    customer: (symbol: string) =>
      db
        .selectFrom("kh__Kontrahent")
        .innerJoin("adr__Ewid", (join) => join.onRef("adr_IdObiektu", "=", "kh_Id").on("adr_TypAdresu", "=", 1))
        .select(["kh_Id as id", "kh_Symbol as symbol", "adr_Nazwa as name"])
        .where("kh_Symbol", "=", symbol)
        .executeTakeFirst(),
  };
}

export type TSandboxNames = ReturnType<typeof sandboxNames>;
