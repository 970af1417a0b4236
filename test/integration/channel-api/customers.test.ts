import { ZCustomerResponse } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { callRoute, errorOf, insertCustomer, makeChannelWithKey, routeGet } from "./channel-fixture.ts";

const getCustomer = await routeGet("customers/[id]");

const customer = (key: string, id: string, query = "") =>
  callRoute({ get: getCustomer, path: `/api/v1/customers/${id}${query}`, key, params: { id } });

describe("GET /api/v1/customers/{id}", () => {
  it("returns the ERP customer of the key's company", async () => {
    const { companyId, key } = await makeChannelWithKey();
    await insertCustomer({ companyId, erpId: 77 });
    const answer = await customer(key, "77");
    expect(answer.status).toBe(200);
    expect(ZCustomerResponse.parse(answer.body).customer).toMatchObject({
      id: 77,
      code: "K77",
      name: "Klient 77",
      nip: "5260250274",
      email: "klient@example.com",
      phone: "+48 600 000 000",
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
      priceLevel: 2,
      discountPercent: 5.5,
      creditLimit: 10000.5,
      paymentDays: 14,
      balance: 1520.25,
      overdueAmount: 120.25,
      oldestOverdueDueDate: "2026-02-10",
      blocked: false,
    });
  });

  it("another company's customer and an unknown id are both 404", async () => {
    const mine = await makeChannelWithKey();
    const other = await makeChannelWithKey();
    await insertCustomer({ companyId: other.companyId, erpId: 88 });
    for (const id of ["88", "999999"]) {
      const answer = await customer(mine.key, id);
      expect(answer.status).toBe(404);
      expect(errorOf(answer.body).code).toBe("NOT_FOUND");
    }
  });

  it("a non-integer id or an unknown parameter is a 400 naming it", async () => {
    const { key } = await makeChannelWithKey();
    for (const id of ["abc", "1.5", "-3", "99999999999"]) {
      const answer = await customer(key, id);
      expect(answer.status, id).toBe(400);
      expect(errorOf(answer.body), id).toEqual({ code: "INVALID_INPUT", fields: ["id"] });
    }
    expect(errorOf((await customer(key, "1", "?expand=orders")).body)).toEqual({
      code: "INVALID_INPUT",
      fields: ["expand"],
    });
  });
});
