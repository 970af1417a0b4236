import { insertSnapshotQuery } from "./insert-queries.ts";
import { customerQuery, latestSnapshotQuery } from "./resolve-queries.ts";
import type { TWriteContext } from "./run-write.ts";

/**
 * The adr_Historia row a new document points at: the address's latest snapshot while it still
 * matches the address, else a new one, so the document keeps the address it was issued to.
 */
export async function addressSnapshot(ctx: TWriteContext, options: { customerId: number; date: Date }) {
  const address = await customerQuery(ctx, { id: options.customerId }).executeTakeFirstOrThrow();
  const snapshot = {
    adrh_Nazwa: address.adr_Nazwa,
    adrh_NazwaPelna: address.adr_NazwaPelna,
    adrh_NIP: address.adr_NIP,
    adrh_Ulica: address.adr_Ulica,
    adrh_NrDomu: address.adr_NrDomu,
    adrh_NrLokalu: address.adr_NrLokalu,
    adrh_Kod: address.adr_Kod,
    adrh_Miejscowosc: address.adr_Miejscowosc,
  };
  const latest = await latestSnapshotQuery(ctx, { addressId: address.adr_Id }).executeTakeFirst();
  const same = latest && Object.entries(snapshot).every(([key, value]) => Reflect.get(latest, key) === value);
  if (latest && same) return latest.adrh_Id;
  const id = ctx.ids.take("adr_Historia", 1);
  await insertSnapshotQuery(ctx, {
    adrh_Id: id,
    adrh_IdAdresu: address.adr_Id,
    ...snapshot,
    adrh_DataZmiany: options.date,
  }).execute();
  return id;
}
