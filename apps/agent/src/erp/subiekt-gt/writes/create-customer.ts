import type { z } from "zod";
import { buildCustomerRows, CUSTOMER_ADDRESS_TYPES } from "./customer-rows.ts";
import {
  insertAddressQuery,
  insertCustomerQuery,
  insertEmailQuery,
  insertPhoneQuery,
  insertSnapshotQuery,
} from "./insert-queries.ts";
import type { TWriteContext } from "./run-write.ts";
import { customerLocks, lockWrites } from "./write-locks.ts";
import { ErpWriteError } from "./write-error.ts";
import type { TErpCustomerResult, ZCreateCustomerInput } from "@erp-bridge/shared";

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

/**
 * A customer as Subiekt saves one (see customer-rows.ts). A customer found needs no lock (a
 * returning buyer's order waits for nobody); a new one is looked up again under the locks of its
 * NIP, e-mail and symbol, so two requests for the same new customer cannot both miss the look-up
 * and insert twice, while new customers with nothing in common are created side by side.
 */
export async function createCustomer(
  ctx: TWriteContext,
  input: z.output<typeof ZCreateCustomerInput>,
): Promise<Omit<TErpCustomerResult, "dryRun">> {
  const found = (await findCustomerQuery(ctx, input).executeTakeFirst()) ?? (await lockAndFind(ctx, input));
  if (found) {
    return { created: false, customer: { id: found.kh_Id, symbol: found.kh_Symbol, addressId: found.adr_Id } };
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
  const rows = buildCustomerRows({
    ids: {
      customer: ctx.ids.take("kh__Kontrahent", 1),
      firstAddress: ctx.ids.take("adr__Ewid", CUSTOMER_ADDRESS_TYPES.length),
      snapshot: ctx.ids.take("adr_Historia", 1),
      phone: ctx.ids.take("tel__Ewid", 1),
      email: ctx.ids.take("adr_Email", 1),
    },
    draft: {
      symbol: input.symbol,
      email: input.email ?? "",
      phone: input.phone,
      priceLevel: 1,
      discountId: null,
      creditLimit: 0,
      paymentDays: 0,
      oneOff: false,
      blocked: false,
      address: {
        name: input.name,
        fullName: input.fullName ?? input.name,
        nip: input.nip ?? "",
        street: input.street,
        houseNumber: input.houseNumber,
        flatNumber: input.flatNumber,
        postalCode: input.postalCode,
        city: input.city,
      },
      snapshotDate: null,
    },
  });
  await insertCustomerQuery(ctx, rows.customer).execute();
  for (const address of rows.addresses) await insertAddressQuery(ctx, address).execute();
  await insertSnapshotQuery(ctx, rows.snapshot).execute();
  if (rows.phone) await insertPhoneQuery(ctx, rows.phone).execute();
  if (rows.email) await insertEmailQuery(ctx, rows.email).execute();
  const { kh_Id: id, kh_Symbol: symbol } = rows.customer;
  return { created: true, customer: { id, symbol, addressId: rows.snapshot.adrh_IdAdresu } };
}

/** The look-up again, once no other write can be creating the same customer. */
async function lockAndFind(ctx: TWriteContext, input: z.output<typeof ZCreateCustomerInput>) {
  await lockWrites(ctx, ...customerLocks(input));
  return findCustomerQuery(ctx, input).executeTakeFirst();
}
