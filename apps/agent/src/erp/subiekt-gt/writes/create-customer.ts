import type { z } from "zod";
import { allocateIds } from "./allocate-ids.ts";
import { insertAddressQuery, insertCustomerQuery, insertSnapshotQuery } from "./insert-queries.ts";
import type { TWriteContext } from "./run-write.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpCustomerResult, ZCreateCustomerInput } from "@erp-bridge/shared";

/**
 * Serialises customer writes on the kh__Kontrahent counter row, so two identical requests
 * cannot both miss the look-up and insert twice.
 */
export function lockCustomersQuery(ctx: Pick<TWriteContext, "tx" | "h">) {
  return ctx.h.lockForUpdate(
    ctx.tx.selectFrom("ins_ident").select("ido_wartosc").where("ido_nazwa", "=", "kh__Kontrahent"),
  );
}

/**
 * An existing customer by NIP, else e-mail, else symbol. NIPs are stored with or without
 * dashes and spaces (see customers.ts), so they are compared by digits; e-mails case-blind.
 */
export function findCustomerQuery(
  ctx: Pick<TWriteContext, "tx" | "h">,
  options: { nip?: string; email?: string; symbol: string },
) {
  const query = ctx.tx
    .selectFrom("kh__Kontrahent")
    .innerJoin("adr__Ewid", (join) => join.onRef("adr_IdObiektu", "=", "kh_Id").on("adr_TypAdresu", "=", 1))
    .select(["kh_Id", "kh_Symbol", "adr_Id"]);
  const { nip, email } = options;
  const matched =
    nip !== undefined
      ? query.where(
          (eb) => eb.fn("replace", [eb.fn("replace", ["adr_NIP", eb.val("-"), eb.val("")]), eb.val(" "), eb.val("")]),
          "=",
          nip,
        )
      : email !== undefined
        ? query.where((eb) => eb.fn("lower", ["kh_EMail"]), "=", email.toLowerCase())
        : query.where("kh_Symbol", "=", options.symbol);
  return ctx.h.top(matched.orderBy("kh_Id"), { size: 1 });
}

/** kh__Kontrahent with its main address (adr__Ewid, type 1) and the first address snapshot. */
export async function createCustomer(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateCustomerInput>,
): Promise<Omit<TErpCustomerResult, "dryRun">> {
  await lockCustomersQuery(ctx).execute();
  const existing = await findCustomerQuery(ctx, input).executeTakeFirst();
  if (existing) {
    return { created: false, customer: { id: existing.kh_Id, symbol: existing.kh_Symbol, addressId: existing.adr_Id } };
  }
  // Looked up by NIP or e-mail and not found: the symbol (unique in Subiekt) may still be another customer's.
  const byKey = input.nip !== undefined || input.email !== undefined;
  if (byKey && (await findCustomerQuery(ctx, { symbol: input.symbol }).executeTakeFirst())) {
    throw new ErpWriteError({
      code: "conflict",
      path: "symbol",
      message: `${input.symbol} is another customer's symbol (its NIP or e-mail differs)`,
    });
  }
  const id = await allocateIds(ctx, { table: "kh__Kontrahent", count: 1 });
  const addressId = await allocateIds(ctx, { table: "adr__Ewid", count: 1 });
  const snapshotId = await allocateIds(ctx, { table: "adr_Historia", count: 1 });
  await insertCustomerQuery(ctx, {
    kh_Id: id,
    kh_Symbol: input.symbol,
    kh_EMail: input.email ?? null,
    kh_Cena: 1,
    kh_IdRabat: null,
    kh_MaxWartKred: 0,
    kh_MaxDniSp: 0,
    kh_Jednorazowy: false,
    kh_Zablokowany: false,
  }).execute();
  const address = {
    Nazwa: input.name,
    NazwaPelna: input.fullName ?? input.name,
    NIP: input.nip ?? "",
    Ulica: input.street,
    NrDomu: input.houseNumber,
    NrLokalu: input.flatNumber,
    Kod: input.postalCode,
    Miejscowosc: input.city,
  };
  await insertAddressQuery(ctx, {
    adr_Id: addressId,
    adr_IdObiektu: id,
    adr_TypAdresu: 1,
    adr_Nazwa: address.Nazwa,
    adr_NazwaPelna: address.NazwaPelna,
    adr_NIP: address.NIP,
    adr_Ulica: address.Ulica,
    adr_NrDomu: address.NrDomu,
    adr_NrLokalu: address.NrLokalu,
    adr_Kod: address.Kod,
    adr_Miejscowosc: address.Miejscowosc,
    adr_Telefon: input.phone,
    adr_Symbol: "",
  }).execute();
  await insertSnapshotQuery(ctx, {
    adrh_Id: snapshotId,
    adrh_IdAdresu: addressId,
    adrh_Nazwa: address.Nazwa,
    adrh_NazwaPelna: address.NazwaPelna,
    adrh_NIP: address.NIP,
    adrh_Ulica: address.Ulica,
    adrh_NrDomu: address.NrDomu,
    adrh_NrLokalu: address.NrLokalu,
    adrh_Kod: address.Kod,
    adrh_Miejscowosc: address.Miejscowosc,
    adrh_DataZmiany: null,
  }).execute();
  return { created: true, customer: { id, symbol: input.symbol, addressId } };
}
