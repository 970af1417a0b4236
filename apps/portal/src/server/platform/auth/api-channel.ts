/**
 * A sales channel calling the API with its key, as the domain sees the caller: what the
 * channel API and order intake need of it. Every query filters by its companyId.
 */
export type TApiChannel = {
  id: string;
  companyId: string;
  /** STORE, B2B or SHOWROOM_POS: a B2B channel's orders may leave prices to the customer price rule. */
  kind: "STORE" | "B2B" | "SHOWROOM_POS";
  priceLevel: number;
  warehouseIds: number[];
  safetyBuffer: number;
};
