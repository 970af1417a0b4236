import { describe, expect, it } from "vitest";
import { CommandError } from "../../../errors/command-error.ts";
import { ErpWriteError } from "./write-error.ts";
import { toCommandError } from "./to-command-error.ts";

const refusal = (path: string, message: string) =>
  toCommandError(new ErpWriteError({ code: "not_found", path, message }));

describe("toCommandError", () => {
  it.each([
    ["lines.2.product.sku", "no product with sku X", "lines.2.sku: no product with sku X"],
    ["lines.0.product", "the product is not on the sale", "lines.0.sku: the product is not on the sale"],
    ["lines.1.quantity", "returning 3 with only 1 sold", "lines.1.quantity: returning 3 with only 1 sold"],
    ["order", "no such order (ZK)", "orderKey: no such order (ZK)"],
    ["orderRef", "no such order (ZK)", "orderKey: no such order (ZK)"],
    ["sale", "no such sale (FS or PA)", "saleKey: no such sale (FS or PA)"],
    [
      "to",
      "target warehouse must differ from the source",
      "toWarehouseId: target warehouse must differ from the source",
    ],
    ["customer.nip", "NIP must be 10 digits", "customer.nip: NIP must be 10 digits"],
  ])("refuses %s as ERP_REFUSED naming the command's field", (path, message, expected) => {
    const error = refusal(path, message);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: "ERP_REFUSED", message: expected });
  });

  it("says why in codes too: the field, the refusal's own code and values, and the ERP's reason", () => {
    const plain = refusal("lines.2.product.sku", "no product with sku X");
    expect(plain).toMatchObject({
      problem: { code: "refused", path: "lines.2.sku", params: { reason: "no product with sku X" } },
    });
    const short = toCommandError(
      new ErpWriteError({
        code: "conflict",
        path: "lines.1",
        message: "A: 10 ordered, 7 available to reserve",
        refusal: { code: "noStock", params: { sku: "A", ordered: 10, available: 7 } },
      }),
    );
    expect(short).toMatchObject({
      problem: { code: "noStock", path: "lines.1", params: { sku: "A", ordered: 10, available: 7 } },
    });
  });

  it("reports a database or driver failure as ERP_UNAVAILABLE with the driver's message", () => {
    const pgError = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect(toCommandError(pgError)).toMatchObject({
      code: "ERP_UNAVAILABLE",
      message: "terminating connection due to administrator command",
    });
    const refused = Object.assign(
      new AggregateError([
        Object.assign(new Error("connect ECONNREFUSED ::1:1433"), { code: "ECONNREFUSED" }),
        Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1433"), { code: "ECONNREFUSED" }),
      ]),
      { code: "ECONNREFUSED" },
    );
    expect(toCommandError(refused)).toMatchObject({
      code: "ERP_UNAVAILABLE",
      message: "connect ECONNREFUSED ::1:1433; connect ECONNREFUSED 127.0.0.1:1433",
    });
  });

  it("reads SQL Server's refusals no retry cures as ERP_REFUSED: the ERP's message plus the column and value", () => {
    const sqlServer = (number: number, message: string, procName = "") =>
      toCommandError(Object.assign(new Error(message), { name: "RequestError", number, procName }));
    expect(
      sqlServer(
        515,
        "Cannot insert the value NULL into column 'dok_DataMag', table 'FIRMA.dbo.dok__Dokument'; column does not allow nulls. INSERT fails.",
      ),
    ).toMatchObject({
      code: "ERP_REFUSED",
      message: expect.stringMatching(
        /^dok__Dokument\.dok_DataMag: the ERP refused: Cannot insert the value NULL .* \(our reading: dok__Dokument\.dok_DataMag needs a value/,
      ),
    });
    expect(
      sqlServer(
        2628,
        "String or binary data would be truncated in table 'FIRMA.dbo.adr__Ewid', column 'adr_Nazwa'. Truncated value: 'Hurtownia Budowlana'.",
      ),
    ).toMatchObject({
      code: "ERP_REFUSED",
      message: expect.stringContaining(
        '(our reading: a text ("Hurtownia Budowlana…") is longer than adr__Ewid.adr_Nazwa holds',
      ),
    });
    expect(sqlServer(50000, "Numer KSeF już istnieje", "tr_DokDokument_CheckUniqueNumerKSeF")).toMatchObject({
      code: "ERP_REFUSED",
      message:
        "erp: the ERP refused: Numer KSeF już istnieje (our reading: a trigger (tr_DokDokument_CheckUniqueNumerKSeF) on this database refused the write)",
    });
    // A deadlock victim (1205) is an outage: retried.
    expect(sqlServer(1205, "Transaction was deadlocked")).toMatchObject({ code: "ERP_UNAVAILABLE" });
  });

  it("passes command errors and programming errors through unchanged", () => {
    const own = new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
    expect(toCommandError(own)).toBe(own);
    const bug = new TypeError("x is undefined");
    expect(toCommandError(bug)).toBe(bug);
  });
});
