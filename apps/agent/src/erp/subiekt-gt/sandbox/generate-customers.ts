import { buildCustomerRows, CUSTOMER_ADDRESS_TYPES } from "../writes/customer-rows.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import { nipCheckDigit } from "./checksums.ts";
import { DISCOUNTS } from "./generate-dictionaries.ts";
import { POLISH_WORDS } from "./polish-words.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxCustomer } from "./sandbox-model.ts";

const ASCII: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };
const toAscii = (text: string) => text.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => ASCII[c] ?? c);

/** Writes customers as Subiekt saves them (customer-rows.ts) with the address snapshot documents point at. */
export async function generateCustomers(options: {
  writer: TBulkWriter;
  random: TRandom;
  count: number;
  priceLevels: number;
  from: Date;
}): Promise<TSandboxCustomer[]> {
  const { writer, random } = options;
  const customers: TSandboxCustomer[] = [];
  for (let id = 1; id <= options.count; id++) {
    const company = random.chance(0.6);
    const female = random.chance(0.5);
    const first = random.pick(female ? POLISH_WORDS.femaleFirstNames : POLISH_WORDS.maleFirstNames);
    const surname = random.pick(POLISH_WORDS.surnames)[female ? 1 : 0];
    const stem = random.pick(POLISH_WORDS.companyStems);
    const name = company ? `${stem} ${random.pick(POLISH_WORDS.companyKinds)}` : `${surname} ${first}`;
    const fullName = company ? `${name} ${random.pick(POLISH_WORDS.companyForms)}` : `${first} ${surname}`;
    const [city, postal] = random.pick(POLISH_WORDS.cities);
    const nip = company ? randomNip(random) : "";
    const email = company
      ? `biuro@${toAscii(stem)}${id}.pl`
      : `${toAscii(first)}.${toAscii(surname)}${random.int(1, 999)}@${random.pick(POLISH_WORDS.mailDomains)}`;
    const discountIndex = company ? random.weighted(DISCOUNTS.map((_, i) => [i, i === 0 ? 5 : 2])) : 0;
    const customer: TSandboxCustomer = {
      id,
      addressSnapshotId: id,
      priceLevel: company && options.priceLevels > 1 ? random.int(2, options.priceLevels) : 1,
      discountPercent: DISCOUNTS[discountIndex] ?? 0,
      paymentDays: company ? random.pick([7, 14, 14, 30, 60]) : 0,
      company,
    };
    customers.push(customer);
    const street = random.pick(POLISH_WORDS.streets);
    const house = String(random.int(1, 180));
    const flat = random.chance(0.4) ? String(random.int(1, 60)) : "";
    const code = `${postal}-${String(random.int(1, 999)).padStart(3, "0")}`;
    const rows = buildCustomerRows({
      ids: {
        customer: id,
        firstAddress: (id - 1) * CUSTOMER_ADDRESS_TYPES.length + 1,
        snapshot: id,
        phone: id,
        email: id,
      },
      draft: {
        symbol: `${toAscii(company ? stem : surname)
          .toUpperCase()
          .slice(0, 12)}-${id}`,
        email: random.chance(0.9) ? email : "",
        phone: random.chance(0.85) ? `${random.int(500, 899)} ${random.digits(3)} ${random.digits(3)}` : "",
        priceLevel: customer.priceLevel,
        discountId: discountIndex + 1,
        creditLimit: company ? random.pick([0, 5000, 20000, 50000]) : 0,
        paymentDays: customer.paymentDays,
        oneOff: !company && random.chance(0.1),
        blocked: random.chance(0.02),
        address: {
          name,
          fullName,
          nip,
          street,
          houseNumber: house,
          flatNumber: flat,
          postalCode: code,
          city,
        },
        snapshotDate: options.from,
      },
    });
    await writer.add("kh__Kontrahent", rows.customer);
    for (const address of rows.addresses) await writer.add("adr__Ewid", address);
    await writer.add("adr_Historia", rows.snapshot);
    if (rows.phone) await writer.add("tel__Ewid", rows.phone);
    if (rows.email) await writer.add("adr_Email", rows.email);
  }
  return customers;
}

/** A NIP with a valid check digit, written the way Subiekt users usually type it (123-456-78-90). */
function randomNip(random: TRandom): string {
  for (;;) {
    const nine = `${random.int(101, 999)}${random.digits(6)}`;
    const check = nipCheckDigit(nine);
    if (check === null) continue;
    const digits = `${nine}${check}`;
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
  }
}
