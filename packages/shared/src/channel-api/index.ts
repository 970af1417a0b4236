export * from "./queries.ts";
export * from "./resources.ts";
export * from "./responses.ts";
export * from "./webhooks.ts";
export * from "./endpoints.ts";
export * from "./orders.ts";
