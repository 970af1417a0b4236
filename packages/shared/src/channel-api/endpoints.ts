import type { z } from "zod";
import {
  ZComplaintInput,
  ZOrderIdPath,
  ZOrderInput,
  ZOrderResponse,
  ZPaymentInput,
  ZReturnInput,
  ZStatusInput,
} from "./orders.ts";
import { ZChangesQuery, ZCustomerDocumentsQuery, ZCustomerPath, ZCustomerPricesQuery, ZNoQuery } from "./queries.ts";
import {
  ZCustomerDocumentsPage,
  ZCustomerPriceChangesPage,
  ZCustomerPricesPage,
  ZCustomerResponse,
  ZPricesPage,
  ZProductsPage,
  ZStockPage,
} from "./responses.ts";

type TEndpoint = {
  method?: "get" | "post";
  /** The request body (POST); its schema is the one the route validates with. */
  body?: z.ZodType;
  /** The success status when not 200. */
  created?: boolean;
  path: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
};

const FEED_NOTE =
  "Changes come oldest first. Start without `updatedSince`, then send each response's `nextUpdatedSince` back.";

const ORDER_NOTE = "Every answer carries the whole order, with its ERP numbers and timeline.";

/** The channel API's endpoints: the route handlers parse with these, the OpenAPI document is built from them. */
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
  customerDocuments: {
    path: "/api/v1/customers/{id}/documents",
    summary: "A customer's order history: orders, invoices, receipts and corrections",
    description:
      "From the cloud copy of the ERP, newest first, with lines, links between an order and the documents issued from it, and payment state. Start without `cursor`, then send each page's `nextCursor` back until it is null. Unknown customer: 404.",
    query: ZCustomerDocumentsQuery,
    pathParams: ZCustomerPath,
    response: ZCustomerDocumentsPage,
  },
  customerPrices: {
    path: "/api/v1/customers/{id}/prices",
    summary: "What one customer pays for products",
    description:
      "The list price at the customer's ERP price level (else the channel's), less the customer's discount; or an ERP promotion valid today for the product and the customer when it gives a lower gross price. Promotions and the discount do not combine: the best single price wins, the customer's discount on a tie. Name up to 100 SKUs in `products`, or page through every sellable product with `after`. Unknown customer: 404.",
    query: ZCustomerPricesQuery,
    pathParams: ZCustomerPath,
    response: ZCustomerPricesPage,
  },
  customerPriceChanges: {
    path: "/api/v1/customer-price-changes",
    summary: "What moved customer prices since a point",
    description: `${FEED_NOTE} Each item names the products, customers or promotion whose customer prices may have changed: ask \`/customers/{id}/prices\` again for them. A promotion also changes prices on its first and last day without a new item: its dates are in the item.`,
    query: ZChangesQuery,
    response: ZCustomerPriceChangesPage,
  },
  createOrder: {
    method: "post",
    created: true,
    path: "/api/v1/orders",
    summary: "Send an order",
    description: `201 once the order is stored (it goes to the ERP at once when the agent is online, later otherwise); 200 with the stored order when its externalId was sent before. Bodies over 1 MB: 413; not application/json: 415. ${ORDER_NOTE}`,
    body: ZOrderInput,
    response: ZOrderResponse,
  },
  order: {
    path: "/api/v1/orders/{id}",
    summary: "One order of this channel",
    description: ORDER_NOTE,
    query: ZNoQuery,
    pathParams: ZOrderIdPath,
    response: ZOrderResponse,
  },
  orderPayment: {
    method: "post",
    created: true,
    path: "/api/v1/orders/{id}/payments",
    summary: "Record a payment",
    description: `When payments cover the total, the sale document (FS for an invoice, else as configured) is issued from the order. The same reference again: 200, nothing added. ${ORDER_NOTE}`,
    pathParams: ZOrderIdPath,
    body: ZPaymentInput,
    response: ZOrderResponse,
  },
  orderStatus: {
    method: "post",
    path: "/api/v1/orders/{id}/status",
    summary: "Move the order along its workflow",
    description: `A move the workflow does not allow: 409. "sent_to_showroom" on a showroom-pickup order writes the transfer (MM) to the showroom. ${ORDER_NOTE}`,
    pathParams: ZOrderIdPath,
    body: ZStatusInput,
    response: ZOrderResponse,
  },
  orderReturn: {
    method: "post",
    created: true,
    path: "/api/v1/orders/{id}/returns",
    summary: "Return goods: a correction invoice against the sale",
    description: ORDER_NOTE,
    pathParams: ZOrderIdPath,
    body: ZReturnInput,
    response: ZOrderResponse,
  },
  orderComplaint: {
    method: "post",
    created: true,
    path: "/api/v1/orders/{id}/complaints",
    summary: "Register a complaint, followed by status",
    description: ORDER_NOTE,
    pathParams: ZOrderIdPath,
    body: ZComplaintInput,
    response: ZOrderResponse,
  },
} as const satisfies Record<string, TEndpoint>;
