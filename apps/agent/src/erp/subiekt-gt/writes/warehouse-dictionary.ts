import type { TWriteContext } from "./run-write.ts";
import { textKey } from "../schema/text-key.ts";
import { ErpWriteError } from "./write-error.ts";
import { warehouseDictionaryQuery } from "./order-queries.ts";

export type TWarehouseDictionary = {
  /** The code the writes take for a protocol warehouse id; an unknown id is refused, naming `path`. */
  codeOf(options: { id: number; path: string }): string;
  /** The protocol id of a code the writes return; null for none ("" on a document without one). */
  idOf(code: string): number | null;
};

/** The protocol names warehouses by ERP id, Subiekt's writes by code (mag_Symbol, char-padded). */
export async function loadWarehouses(ctx: Pick<TWriteContext, "tx">): Promise<TWarehouseDictionary> {
  const rows = await warehouseDictionaryQuery(ctx).execute();
  const codes = new Map(rows.map((r) => [r.mag_Id, r.mag_Symbol.trim()]));
  const ids = new Map(rows.map((r) => [textKey(r.mag_Symbol), r.mag_Id]));
  return {
    codeOf: ({ id, path }) => {
      const code = codes.get(id);
      if (code === undefined)
        throw new ErpWriteError({ code: "not_found", path, message: `no warehouse with id ${id}` });
      return code;
    },
    idOf: (code) => ids.get(textKey(code)) ?? null,
  };
}
