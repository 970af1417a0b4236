/** SKUs remembered per ERP database at most; past it the memory starts again (a shop orders far fewer). */
const MAX_SKUS = 100_000;

/**
 * Product ids by SKU (its textKey), as earlier writes of this process found them. Subiekt has no
 * index on tw_Symbol, so finding products by SKU scans the whole product table: with 100,000
 * products tens of milliseconds of the database's time for every order. By id it is a primary-key
 * seek. A remembered id is only a hint: resolveProducts reads the product by it and takes it only
 * while its SKU still matches; otherwise it looks the SKU up again.
 */
export class KnownProducts {
  readonly #ids = new Map<string, number>();

  idOf(skuKey: string): number | undefined {
    return this.#ids.get(skuKey);
  }

  remember(skuKey: string, id: number): void {
    if (this.#ids.size >= MAX_SKUS && !this.#ids.has(skuKey)) this.#ids.clear();
    this.#ids.set(skuKey, id);
  }
}

const byDatabase = new WeakMap<object, KnownProducts>();

/** The products remembered for one ERP database (its Kysely instance), shared by every write on it. */
export function knownProductsOf(db: object): KnownProducts {
  let known = byDatabase.get(db);
  if (!known) {
    known = new KnownProducts();
    byDatabase.set(db, known);
  }
  return known;
}
