import { createHash } from "node:crypto";
import type { z } from "zod";
import type { ZOrderBuyer } from "@erp-bridge/shared";

type TBuyer = z.infer<typeof ZOrderBuyer>;

/**
 * The ERP customer for a buyer. The agent finds an existing one by NIP, then e-mail, then
 * symbol; a new one gets a symbol derived from the NIP or the e-mail, so the same buyer always
 * maps to the same symbol (at most 20 characters, Subiekt's limit).
 */
export function customerForErp(buyer: TBuyer) {
  const symbol = buyer.nip
    ? `NIP${buyer.nip}`
    : `WWW${createHash("sha256").update(buyer.email.toLowerCase()).digest("hex").slice(0, 12).toUpperCase()}`;
  const name = buyer.companyName ?? buyer.name;
  return {
    symbol,
    name: name.slice(0, 50),
    fullName: name.slice(0, 255),
    ...(buyer.nip && { nip: buyer.nip }),
    email: buyer.email,
    phone: buyer.phone ?? "",
    street: buyer.address.street,
    postalCode: buyer.address.postalCode,
    city: buyer.address.city,
  };
}
