import { routeGet } from "./channel-fixture.ts";
import { describe, expect, it } from "vitest";

const getOpenApi = await routeGet("openapi.json");

type TOperation = {
  parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: { $ref: string } }> }>;
};

async function loadDocument() {
  const response = await getOpenApi(new Request("http://portal.test/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  // The document's shape is what this test checks, field by field.
  const document = (await response.json()) as {
    openapi: string;
    paths: Record<string, { get: TOperation }>;
    security: unknown;
    components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { properties?: object }> };
  };
  return document;
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document of every path with bearer auth, served without a key", async () => {
    const document = await loadDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/customer-price-changes",
      "/api/v1/customers/{id}",
      "/api/v1/customers/{id}/documents",
      "/api/v1/customers/{id}/prices",
      "/api/v1/orders",
      "/api/v1/orders/{id}",
      "/api/v1/orders/{id}/complaints",
      "/api/v1/orders/{id}/payments",
      "/api/v1/orders/{id}/returns",
      "/api/v1/orders/{id}/status",
      "/api/v1/prices",
      "/api/v1/products",
      "/api/v1/stock",
    ]);
    expect(document.components.securitySchemes).toEqual({
      apiKey: expect.objectContaining({ type: "http", scheme: "bearer" }),
    });
    expect(document.security).toEqual([{ apiKey: [] }]);
  });

  it("describes parameters and responses from the same schemas the routes validate with", async () => {
    const document = await loadDocument();
    const products = document.paths["/api/v1/products"]?.get;
    expect(products?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["updatedSince", "query", false],
      ["limit", "query", false],
    ]);
    expect(products?.parameters[1]?.schema).toMatchObject({ type: "integer", minimum: 1, default: 100 });
    expect(Object.keys(products?.responses ?? {}).sort()).toEqual(["200", "400", "401", "429"]);
    const ref = products?.responses["200"]?.content?.["application/json"]?.schema.$ref ?? "";
    const page = document.components.schemas[ref.replace("#/components/schemas/", "")];
    expect(Object.keys(page?.properties ?? {}).sort()).toEqual(["hasMore", "items", "nextUpdatedSince", "notices"]);

    const customer = document.paths["/api/v1/customers/{id}"]?.get;
    expect(customer?.parameters).toEqual([
      expect.objectContaining({
        name: "id",
        in: "path",
        required: true,
        schema: expect.objectContaining({ type: "integer" }),
      }),
    ]);
    expect(Object.keys(customer?.responses ?? {}).sort()).toEqual(["200", "400", "401", "404", "429"]);
    expect(customer?.responses["429"]?.$ref).toBe("#/components/responses/RateLimited");
    const answer = document.components.schemas.CustomerResponse as {
      properties: { customer: { properties: Record<string, { description?: string }> } };
    };
    const settlements = ["balance", "overdueAmount", "oldestOverdueDueDate"].map(
      (field) => answer.properties.customer.properties[field]?.description,
    );
    expect(settlements).toEqual([
      expect.stringMatching(/owes/),
      expect.stringMatching(/due date/),
      expect.stringMatching(/YYYY-MM-DD/),
    ]);
  });
});

describe("product cards and planned availability in the OpenAPI document", () => {
  type TSchema = { $ref?: string; description?: string; properties?: Record<string, TSchema>; items?: TSchema };

  it("describe every new field of a product and of a stock item, per warehouse too", async () => {
    const document = (await loadDocument()) as unknown as {
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: TSchema }> }> } }>;
      components: { schemas: Record<string, TSchema> };
    };
    const resolve = (schema: TSchema | undefined): TSchema | undefined =>
      schema?.$ref ? document.components.schemas[schema.$ref.replace("#/components/schemas/", "")] : schema;
    const itemOf = (path: string) => {
      const page = resolve(document.paths[path]?.get.responses["200"]?.content?.["application/json"]?.schema);
      return resolve(resolve(page?.properties?.items)?.items);
    };
    const described = (schema: TSchema | undefined, fields: string[]) =>
      fields.map((field) => [
        field,
        resolve(schema?.properties?.[field])?.description ?? schema?.properties?.[field]?.description,
      ]);

    const product = itemOf("/api/v1/products");
    expect(described(product, ["description", "customFields", "units", "weight", "groupPath"])).toEqual([
      ["description", expect.stringMatching(/description/)],
      ["customFields", expect.stringMatching(/chose/)],
      ["units", expect.stringMatching(/base unit/)],
      ["weight", expect.stringMatching(/weight/)],
      ["groupPath", expect.stringMatching(/flat/)],
    ]);
    const stock = itemOf("/api/v1/stock");
    const warehouse = resolve(resolve(stock?.properties?.warehouses)?.items);
    for (const schema of [stock, warehouse]) {
      expect(described(schema, ["expected"])).toEqual([["expected", expect.stringMatching(/supplier orders/)]]);
    }
  });
});

describe("a customer's documents in the OpenAPI document", () => {
  it("names the filters and the cursor, and describes each document's kind, links and payment state", async () => {
    const document = await loadDocument();
    const history = document.paths["/api/v1/customers/{id}/documents"]?.get;
    expect(history?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["kind", "query", false],
      ["from", "query", false],
      ["to", "query", false],
      ["cursor", "query", false],
      ["limit", "query", false],
      ["id", "path", true],
    ]);
    expect(Object.keys(history?.responses ?? {}).sort()).toEqual(["200", "400", "401", "404", "429"]);
    const page = document.components.schemas.CustomerDocumentsResponse as {
      properties: { items: { items: { properties: Record<string, { description?: string }> } } };
    };
    const item = page.properties.items.items.properties;
    expect(Object.keys(item)).toEqual(
      expect.arrayContaining([
        "kind",
        "symbol",
        "number",
        "issuedOn",
        "totals",
        "issuedFrom",
        "issued",
        "payment",
        "lines",
      ]),
    );
    expect(item.payment?.description).toMatch(/settlements/);
  });
});

describe("the order endpoints in the OpenAPI document", () => {
  it("describe the request body from the schema the intake validates with, and the answers it gives", async () => {
    const document = (await loadDocument()) as unknown as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    const create = document.paths["/api/v1/orders"]?.post;
    expect(create?.requestBody?.content["application/json"]?.schema.required).toEqual(
      // totalGross and line prices may be left out by a B2B channel (intake checks the rest).
      expect.arrayContaining(["externalId", "buyer", "lines"]),
    );
    expect(Object.keys(create?.responses ?? {}).sort()).toEqual([
      "200",
      "201",
      "400",
      "401",
      "409",
      "413",
      "415",
      "429",
    ]);
  });
});
