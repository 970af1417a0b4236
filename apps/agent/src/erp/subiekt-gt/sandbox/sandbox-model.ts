/** What the generators hand each other: the parts of the catalogue and customers documents need. */
export type TVatRate = { id: number; symbol: string; percent: number };

export type TSandboxProduct = {
  id: number;
  unit: string;
  rodzaj: number;
  vat: TVatRate;
  /** Net price in grosze per level, index 0 (purchase) .. priceLevels. */
  netto: number[];
  /** Index into POLISH_WORDS.groups (tw_IdGrupa - 1). */
  group: number;
  /** Not deleted, not blocked, a good: may appear on new documents. */
  sellable: boolean;
};

export type TSandboxCustomer = {
  id: number;
  addressSnapshotId: number;
  priceLevel: number;
  discountPercent: number;
  paymentDays: number;
  company: boolean;
};

export type TSandboxWarehouse = { id: number; symbol: string; main: boolean };

/** Money is generated in whole grosze so that every sum is exact; written as złoty. */
export const zl = (grosze: number) => grosze / 100;

export const grossOf = (options: { netto: number; percent: number }) =>
  Math.round((options.netto * (100 + options.percent)) / 100);
