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

  it("passes command errors and programming errors through unchanged", () => {
    const own = new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
    expect(toCommandError(own)).toBe(own);
    const bug = new TypeError("x is undefined");
    expect(toCommandError(bug)).toBe(bug);
  });
});
