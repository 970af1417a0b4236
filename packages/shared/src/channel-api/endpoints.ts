import type { z } from "zod";
import { ZChangesQuery, ZCustomerPath, ZNoQuery } from "./queries.ts";
import { ZCustomerResponse, ZPricesPage, ZProductsPage, ZStockPage } from "./responses.ts";

type TEndpoint = {
  path: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
};

const FEED_NOTE =
  "Changes come oldest first. Start without `updatedSince`, then send each response's `nextUpdatedSince` back.";

/** The channel API's GET endpoints: the route handlers parse with these, the OpenAPI document is built from them. */
export const CHANNEL_API_ENDPOINTS = {
  products: {
    path: "/api/v1/products",
    summary: "Products changed since a point",
    description: `${FEED_NOTE} Without \`updatedSince\`, withdrawn (deleted or blocked) products are left out; with it, they come with status "withdrawn" so the channel can remove them.`,
    query: ZChangesQuery,
    response: ZProductsPage,
  },
  stock: {
    path: "/api/v1/stock",
    summary: "Stock available to the channel, for products whose stock changed",
    description: `${FEED_NOTE} A page is cut by changed stock rows (one per product and warehouse), so a product can appear in two consecutive pages; the later item is current.`,
    query: ZChangesQuery,
    response: ZStockPage,
  },
  prices: {
    path: "/api/v1/prices",
    summary: "Prices at the channel's price level changed since a point",
    description: FEED_NOTE,
    query: ZChangesQuery,
    response: ZPricesPage,
  },
  customer: {
    path: "/api/v1/customers/{id}",
    summary: "One ERP customer of the channel's company",
    description: "Unknown ids answer 404.",
    query: ZNoQuery,
    pathParams: ZCustomerPath,
    response: ZCustomerResponse,
  },
} as const satisfies Record<string, TEndpoint>;
