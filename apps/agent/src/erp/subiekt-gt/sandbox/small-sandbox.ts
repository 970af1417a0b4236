import type { TSandboxSize } from "./generate-sandbox-data.ts";

/** A small company: enough for every wizard step and order flow, and a first sync in seconds. */
export const SMALL_SANDBOX_SIZE: Omit<TSandboxSize, "until"> = {
  seed: 42,
  products: 500,
  priceLevels: 10,
  warehouses: 5,
  customers: 200,
  years: 2,
  documentLines: 3000,
};
