import { CHANNEL_API_ENDPOINTS, ZChannelApiError } from "@erp-bridge/shared";
import { z } from "zod";

type TJsonSchema = Record<string, unknown>;
type TEndpoint = (typeof CHANNEL_API_ENDPOINTS)[keyof typeof CHANNEL_API_ENDPOINTS];

// OpenAPI 3.1 speaks JSON Schema 2020-12, which is what zod emits; only the dialect line goes.
function jsonSchema(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  const json: TJsonSchema = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    // Responses may gain fields within v1: a client validating with this document must not reject them.
    override: (ctx) => {
      if (io === "output") delete ctx.jsonSchema.additionalProperties;
    },
  });
  delete json.$schema;
  return json;
}

function parameters(endpoint: TEndpoint) {
  const groups: { location: string; schema: z.ZodObject | undefined }[] = [
    { location: "query", schema: "query" in endpoint ? endpoint.query : undefined },
    { location: "path", schema: "pathParams" in endpoint ? endpoint.pathParams : undefined },
  ];
  return groups.flatMap(({ location, schema }) =>
    Object.entries<z.ZodType>(schema?.shape ?? {}).map(([name, field]) => {
      const { description, ...fieldSchema } = jsonSchema(field, "input");
      return {
        name,
        in: location,
        required: !field.safeParse(undefined).success,
        ...(typeof description === "string" ? { description } : {}),
        schema: fieldSchema,
      };
    }),
  );
}

const rateLimitHeaders = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute for this key.", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" } },
};

function errorResponse(description: string, headers: Record<string, unknown> = {}) {
  return { description, headers, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
}

const ERROR_RESPONSES = {
  BadRequest: errorResponse(
    "A malformed or unknown parameter or body field; `error.fields` names it in English, `error.problems` in codes.",
  ),
  Unauthorized: errorResponse("Missing, unknown or revoked API key, or a disabled channel."),
  NotFound: errorResponse("No such item for this key's company."),
  Conflict: errorResponse(
    "Not possible in the item's current state: `CONFLICT` (e.g. a status move the workflow forbids), " +
      "`EXTERNAL_ID_REUSED` (an order's externalId sent again with other content: change an order through its " +
      "status endpoint, or cancel it and send a new one), `OVERPAYMENT` (a payment over the order's total) or " +
      "`ERP_READ_ONLY` (the channel's ERP takes no orders: it is connected for stock, prices and reports only).",
  ),
  TooLarge: errorResponse("The body is over 1 MB."),
  WrongContentType: errorResponse("The body is not application/json."),
  RateLimited: errorResponse("Over the key's per-minute limit.", {
    "Retry-After": { description: "Seconds until the limit resets.", schema: { type: "integer" } },
    ...rateLimitHeaders,
  }),
};

function componentName(key: string): string {
  return `${key.charAt(0).toUpperCase()}${key.slice(1)}Response`;
}

function operation(key: string, endpoint: TEndpoint) {
  const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });
  const method = "method" in endpoint ? endpoint.method : "get";
  const body = "body" in endpoint ? endpoint.body : undefined;
  const ok = {
    description: "OK",
    headers: rateLimitHeaders,
    content: { "application/json": { schema: { $ref: `#/components/schemas/${componentName(key)}` } } },
  };
  return {
    [method]: {
      operationId: `${method}${componentName(key).replace(/Response$/, "")}`,
      summary: endpoint.summary,
      description: endpoint.description,
      parameters: parameters(endpoint),
      ...(body && {
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(body, "input") } } },
      }),
      responses: {
        200: ok,
        ...("created" in endpoint && endpoint.created ? { 201: { ...ok, description: "Created" } } : {}),
        400: ref("BadRequest"),
        401: ref("Unauthorized"),
        ...("pathParams" in endpoint ? { 404: ref("NotFound") } : {}),
        ...(method === "post" ? { 409: ref("Conflict"), 413: ref("TooLarge"), 415: ref("WrongContentType") } : {}),
        429: ref("RateLimited"),
      },
    },
  };
}

/** Endpoints sharing a path become one path item with an operation per method. */
function pathItems(endpoints: [string, TEndpoint][]) {
  const items: Record<string, Record<string, unknown>> = {};
  for (const [key, endpoint] of endpoints)
    items[endpoint.path] = { ...items[endpoint.path], ...operation(key, endpoint) };
  return items;
}

/** The channel API described as OpenAPI 3.1, from the zod schemas the routes validate with. */
export function buildOpenApiDocument() {
  const endpoints = Object.entries(CHANNEL_API_ENDPOINTS);
  return {
    openapi: "3.1.0",
    info: {
      title: "ERP Bridge sales-channel API",
      version: "1",
      description:
        "Products, stock, prices and customers from the company's ERP, as one sales channel sees them, and the channel's orders into the ERP. Authenticate with `Authorization: Bearer <API key>`.",
    },
    security: [{ apiKey: [] }],
    paths: pathItems(endpoints),
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A channel's key: ebk_…" } },
      schemas: {
        ...Object.fromEntries(
          endpoints.map(([key, endpoint]) => [componentName(key), jsonSchema(endpoint.response, "output")]),
        ),
        Error: jsonSchema(ZChannelApiError, "output"),
      },
      responses: ERROR_RESPONSES,
    },
  };
}
