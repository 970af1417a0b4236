import { ZErpOrderReturnInput, ZErpOrderSaleInput } from "@erp-bridge/shared";
import { afterAll, describe, expect, it } from "vitest";
import { createErpDb } from "../../sql/create-erp-db.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { createSqlWriter } from "./sql-writer.ts";

// A real SQL Server's writer, pointed at a port where nothing listens: a write that passes the
// guard goes on to the database and fails as unreachable; one the guard stops never gets there.
const server = createErpDb<TSubiektDatabase>({ url: "mssql://agent:x@127.0.0.1:1/Firma?connectTimeout=2000" });
const writer = createSqlWriter({ db: server.db, dialect: "mssql" });
afterAll(() => server.close());

const sale = (overrides: Record<string, unknown>) =>
  ZErpOrderSaleInput.parse({ key: "EB-o1-s", kind: "PA", orderKey: "EB-o1", ...overrides });
const correction = (overrides: Record<string, unknown>) =>
  ZErpOrderReturnInput.parse({ key: "EB-o1-r1", saleKey: "EB-o1-s", lines: [{ sku: "A", quantity: 1 }], ...overrides });

describe("the SQL writer's sale documents on a real SQL Server", () => {
  it.each([
    ["FS", () => writer.createSale(sale({ kind: "FS" }))],
    ["PA", () => writer.createSale(sale({ kind: "PA" }))],
    ["KFS", () => writer.createReturn(correction({}))],
  ])("refuses %s unless the integration chose it, naming the setting", async (type, write) => {
    await expect(write()).rejects.toMatchObject({
      code: "ERP_REFUSED",
      message: expect.stringMatching(/^sqlSalesChosen: the SQL writer does not issue/),
      problem: { code: "sqlSalesNotChosen", path: "sqlSalesChosen", params: { type } },
    });
  });

  it.each([
    ["chosen in the integration", sale({ sqlSalesChosen: true })],
    ["a dry run (nothing is issued)", sale({ dryRun: true })],
  ])("lets a sale through when %s: it reaches the database", async (_why, input) => {
    await expect(writer.createSale(input)).rejects.toMatchObject({ code: "ERP_UNAVAILABLE" });
  });

  it("lets a chosen correction through to the database", async () => {
    await expect(writer.createReturn(correction({ sqlSalesChosen: true }))).rejects.toMatchObject({
      code: "ERP_UNAVAILABLE",
    });
  });
});
