import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocumentWrites } from "../../../apps/agent/src/erp/subiekt-gt/writes/document-writes.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { snapshotState } from "./invariants.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let writes: ReturnType<typeof createDocumentWrites>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: { ...SMALL_SANDBOX, products: 20, customers: 10, documentLines: 50 } });
  writes = createDocumentWrites({ db: sandbox.db, dialect: "postgres" });
});
afterAll(async () => sandbox?.drop());

const customer = { symbol: "NOWY-1", name: "Nowy Sklep", nip: "123-456-32-18", email: "Biuro@Nowy.pl", city: "Kraków" };

describe("create customer", () => {
  it("writes the customer and its main address once, idempotent by NIP", async () => {
    const dry = await writes.createCustomer({ ...customer, dryRun: true });
    const first = await writes.createCustomer(customer);
    expect(first.created).toBe(true);
    // Ids are reserved before a write: the dry run's are spent, the real customer's come after.
    expect(first.customer.id).toBeGreaterThan(dry.customer.id);
    const before = await snapshotState(sandbox.db);
    const again = await writes.createCustomer({ ...customer, symbol: "INNY", nip: "1234563218" });
    expect(again).toMatchObject({ created: false, customer: first.customer });
    expect(await snapshotState(sandbox.db)).toEqual(before);
  });

  it("one new customer asked for twice at once (its e-mail, two symbols) is written once", async () => {
    // Writes of different orders run side by side; what stops the second insert is the lock of the
    // e-mail both look up by, taken before the look-up is repeated (the customer is not there yet).
    const buyer = { symbol: "RAZEM-1", name: "Razem", email: "razem@sklep.pl", city: "Gdańsk" };
    const [a, b] = await Promise.all([
      writes.createCustomer(buyer),
      writes.createCustomer({ ...buyer, symbol: "RAZEM-2", email: "RAZEM@sklep.pl" }),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.customer.id).toBe(b.customer.id);
    const rows = await sandbox.db
      .selectFrom("kh__Kontrahent")
      .select("kh_Id")
      .where("kh_Symbol", "in", ["RAZEM-1", "RAZEM-2"])
      .execute();
    expect(rows).toHaveLength(1);
  });

  it.each([
    ["nip", { nip: "123-456-32-19" }],
    ["symbol", { symbol: "X".repeat(21) }],
  ])("rejects a bad %s and writes nothing", async (path, patch) => {
    const before = await snapshotState(sandbox.db);
    await expect(writes.createCustomer({ ...customer, ...patch })).rejects.toMatchObject({ path });
    expect(await snapshotState(sandbox.db)).toEqual(before);
  });
});
