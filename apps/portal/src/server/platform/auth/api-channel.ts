/**
 * A sales channel calling the API with its key, as the domain sees the caller: what the
 * channel API and order intake need of it. Every query filters by its companyId.
 */
export type TApiChannel = {
  id: string;
  companyId: string;
  priceLevel: number;
  warehouseIds: number[];
  safetyBuffer: number;
};
