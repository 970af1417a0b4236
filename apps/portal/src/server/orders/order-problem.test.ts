import { describe, expect, it } from "vitest";
import en from "../../../messages/en.json" with { type: "json" };
import pl from "../../../messages/pl.json" with { type: "json" };
import { ORDER_PROBLEM_CODES, orderProblemText, refusalProblem } from "./order-problem.ts";

describe("order problems as codes", () => {
  it.each(ORDER_PROBLEM_CODES)("%s has words in Polish and English", (code) => {
    expect(pl.orders.erpError).toHaveProperty(code);
    expect(en.orders.erpError).toHaveProperty(code);
  });

  it("keeps Sfera's own words for a save Subiekt refused through the Sfera writer", () => {
    const reason = "Dokument nie może zostać zapisany: brak wymaganej ilości towaru TW-1 w magazynie MAG.";
    const refused = refusalProblem({ step: "sale", message: reason, sfera: true });
    expect(refused).toEqual({ code: "sferaRefused", params: { step: "sale", reason } });
    expect(orderProblemText(refused)).toBe(
      `Subiekt refused to save the sale document through Sfera. Sfera's message: \u201c${reason}\u201d`,
    );
  });

  it("tells staff what to choose when the SQL writer would not issue a sale document on a real SQL Server", () => {
    const refused = refusalProblem({
      step: "sale",
      message: "sqlSalesChosen: the SQL writer does not issue PA on a real SQL Server unless the integration says so",
      problem: { code: "sqlSalesNotChosen", path: "sqlSalesChosen", params: { type: "PA" } },
    });
    expect(refused).toEqual({ code: "sqlSalesNotChosen", params: { type: "PA" } });
    expect(orderProblemText(refused)).toMatch(/^The agent's SQL writer does not issue PA on a real SQL Server/);
  });

  it("names the refused line from the agent's path, counted from 1, keeping a code it has words for", () => {
    const noStock = refusalProblem({
      step: "order",
      message: "lines.1: A: 10 ordered, 7 available to reserve",
      problem: { code: "noStock", path: "lines.1", params: { sku: "A", ordered: 10, available: 7, reason: "x" } },
    });
    expect(noStock).toMatchObject({ code: "noStock", params: { line: 2, sku: "A", ordered: 10, available: 7 } });
    expect(orderProblemText(noStock)).toBe(
      "Not enough stock: line 2 (A) — 10 ordered, 7 available to reserve in the store warehouses.",
    );
    const line = refusalProblem({
      step: "order",
      message: "lines.0.sku: no product with sku X",
      problem: { code: "refused", path: "lines.0.sku", params: { reason: "no product with sku X" } },
    });
    expect(line).toEqual({ code: "refusedLine", params: { line: 1, reason: "no product with sku X" } });
  });

  it("keeps the ERP's reason for a refusal of the whole step, also from an agent that gives no code", () => {
    const older = refusalProblem({ step: "sale", message: "saleKey: no such sale (FS or PA)" });
    expect(older).toEqual({ code: "refused", params: { step: "sale", reason: "saleKey: no such sale (FS or PA)" } });
    expect(orderProblemText(older)).toBe("The ERP refused the sale document: saleKey: no such sale (FS or PA)");
  });
});
