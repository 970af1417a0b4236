import type { createSandbox } from "../erp-sandbox/sandbox-fixture.ts";
import { normalizeNip } from "@erp-bridge/shared";
import { SETTLEMENT_OF_CUSTOMER, SETTLEMENT_TYPE } from "../../../apps/agent/src/erp/subiekt-gt/schema/settlements.ts";

type TSandboxDb = Awaited<ReturnType<typeof createSandbox>>["db"];
const DAY_MS = 86_400_000;

/**
 * Gives three sandbox customers (with a NIP and settlements) what the credit-hold cases need, as
 * Subiekt keeps it in nz__Finanse: everything paid but one open receivable each. `nearLimit` owes
 * 900 zł due next month under a 1000 zł limit; the others have no limit (0) and owe 300 zł overdue
 * 45 and 10 days. The customers sync brings it into the copy at its next run.
 */
export async function seedCreditCustomers(db: TSandboxDb) {
  const rows = await db
    .selectFrom("kh__Kontrahent")
    .innerJoin("adr__Ewid", (join) => join.onRef("adr_IdObiektu", "=", "kh_Id").on("adr_TypAdresu", "=", 1))
    .innerJoin("nz__Finanse", "nzf_IdObiektu", "kh_Id")
    .select(["kh_Id", "adr_NIP"])
    .select((eb) => eb.fn.min("nzf_Id").as("settlementId"))
    .where("adr_NIP", "<>", "")
    .where("nzf_TypObiektu", "=", SETTLEMENT_OF_CUSTOMER)
    .where("nzf_Typ", "=", SETTLEMENT_TYPE.RECEIVABLE)
    .groupBy(["kh_Id", "adr_NIP"])
    .orderBy("kh_Id")
    .limit(3)
    .execute();
  const [nearLimit, overdue45, overdue10] = rows.map((row) => ({
    id: row.kh_Id,
    nip: normalizeNip(row.adr_NIP),
    settlementId: Number(row.settlementId),
  }));
  if (!nearLimit || !overdue45 || !overdue10) throw new Error("three sandbox customers with a NIP and settlements");
  const ids = [nearLimit.id, overdue45.id, overdue10.id];
  await db.updateTable("nz__Finanse").set({ nzf_Wartosc: 0 }).where("nzf_IdObiektu", "in", ids).execute();
  await db.updateTable("kh__Kontrahent").set({ kh_MaxWartKred: 0 }).where("kh_Id", "in", ids).execute();
  await db.updateTable("kh__Kontrahent").set({ kh_MaxWartKred: 1000 }).where("kh_Id", "=", nearLimit.id).execute();
  const open = [
    { settlement: nearLimit.settlementId, amount: 900, dueInDays: 30 },
    { settlement: overdue45.settlementId, amount: 300, dueInDays: -45 },
    { settlement: overdue10.settlementId, amount: 300, dueInDays: -10 },
  ];
  for (const { settlement, amount, dueInDays } of open) {
    await db
      .updateTable("nz__Finanse")
      .set({ nzf_Wartosc: amount, nzf_TerminPlatnosci: new Date(Date.now() + dueInDays * DAY_MS), nzf_Status: 1 })
      .where("nzf_Id", "=", settlement)
      .execute();
  }
  return { nearLimit, overdue45, overdue10 };
}
