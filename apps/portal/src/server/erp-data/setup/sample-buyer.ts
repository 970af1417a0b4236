import type { ZOrderBuyer } from "@erp-bridge/shared";
import type { z } from "zod";

/**
 * The buyer of the wizard's sample order. It only ever reaches the ERP in a dry run (rolled
 * back), so the customer it would create is never kept. The NIP is a valid-checksum example.
 */
export function sampleBuyer(document: "receipt" | "invoice"): z.infer<typeof ZOrderBuyer> {
  const person = {
    name: "Klient Próbny",
    email: "proba@example.invalid",
    address: { street: "Przykładowa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
  };
  return document === "invoice" ? { ...person, companyName: "Firma Próbna Sp. z o.o.", nip: "5260250274" } : person;
}
