import { describe, expect, it } from "vitest";
import {
  findPricingCustomer,
  type TCustomerMatch,
} from "../../../apps/portal/src/server/orders/find-pricing-customer.ts";
import { runTransaction, type TTx } from "../../../apps/portal/src/server/platform/database/db.ts";
import { captureQueries, rowsRead } from "../../support/explain-queries.ts";
import { companyIntegrationId, makeCompany } from "../../support/factories.ts";

/** A wholesaler's customer base: every B2B order looks its buyer up among them. */
const CUSTOMERS = 30_000;
const BUYER = 777_777;

class RolledBack extends Error {}

/** The integration's customers, and the buyer as the ERP holds it: NIP with dashes, e-mail in capitals. */
async function seedCustomers(tx: TTx, companyId: string, integrationId: string) {
  await tx.$executeRaw`
    INSERT INTO "ErpCustomer" ("integrationId", "companyId", "erpId", code, name, nip, email, "discountPercent",
      "creditLimit", "paymentDays", blocked, "rowVersion")
    SELECT ${integrationId}::uuid, ${companyId}::uuid, i, 'K' || i, 'Klient ' || i,
      lpad(i::text, 10, '0'), 'klient' || i || '@example.com', 0, 0, 14, false, nextval('erp_row_version')
    FROM generate_series(1, ${CUSTOMERS}) AS i`;
  await tx.$executeRaw`
    INSERT INTO "ErpCustomer" ("integrationId", "companyId", "erpId", code, name, nip, email, "discountPercent",
      "creditLimit", "paymentDays", blocked, "rowVersion")
    VALUES (${integrationId}::uuid, ${companyId}::uuid, ${BUYER}, 'HURT', 'Hurtownia Beta', '526-025-02 74',
      'Zakupy@Beta.PL', 7.5, 5000, 30, false, nextval('erp_row_version'))`;
  // Inside the transaction ANALYZE counts its own rows: the planner sees the customer base.
  await tx.$executeRaw`ANALYZE "ErpCustomer"`;
}

describe("an order's buyer among a large customer base", () => {
  it("is found by NIP digits or by e-mail case-blind, reading its one row, not every customer", async () => {
    const companyId = (await makeCompany()).id;
    const integrationId = await companyIntegrationId(companyId);
    const matches: TCustomerMatch[] = [{ nip: "5260250274", email: "other@example.com" }, { email: "zakupy@beta.pl" }];
    const found: (number | undefined)[] = [];
    let reads: Awaited<ReturnType<typeof rowsRead>> = [];
    // Rolled back: the 30,000 customers and their statistics leave nothing behind for other tests.
    await expect(
      runTransaction(
        async (tx) => {
          await seedCustomers(tx, companyId, integrationId);
          const captured = await captureQueries(async () => {
            for (const by of matches) found.push((await findPricingCustomer({ tx, integrationId, by }))?.erpId);
          });
          reads = await rowsRead(captured);
          throw new RolledBack();
        },
        { timeout: 60_000 },
      ),
    ).rejects.toThrow(RolledBack);
    expect(found).toEqual([BUYER, BUYER]);
    expect(reads).toHaveLength(matches.length);
    // Before the generated columns: an index scan in id order filtering every customer (30,001 read).
    const offending = reads
      .filter((read) => (read.rows.ErpCustomer ?? 0) > 1)
      .map((read) => `${read.rows.ErpCustomer} read: ${read.text.replace(/\s+/g, " ").slice(0, 300)}\n${read.plan}`);
    expect(offending).toEqual([]);
  }, 60_000);
});
