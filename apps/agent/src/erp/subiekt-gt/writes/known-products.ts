/** SKUs remembered per ERP database at most (a larger catalogue: the rest is looked up as before). */
const MAX_SKUS = 200_000;
/** How often at most every product's SKU is read again, when an order names one not remembered. */
const RELOAD_MS = 60_000;

type TProductSku = { tw_Id: number; tw_Symbol: string };

/**
 * Product ids by SKU (its textKey) for one ERP database. Subiekt has no index on tw_Symbol, so
 * finding an order's products by SKU scans the whole product table: with 100,000 products that
 * is the largest part of a ZK write (bench:orders), for every order. Instead every product's id
 * and SKU are read once (one scan for all orders; again at most once a minute, when an order names
 * a SKU not remembered) and an order's products are read by id, a primary-key seek. A remembered
 * id is only a hint: resolveProducts takes the product only while its SKU still matches, and
 * looks the SKU up by the scan otherwise.
 */
export class KnownProducts {
  readonly #ids = new Map<string, number>();
  #loadedAt = Number.NEGATIVE_INFINITY;
  #loading: Promise<void> | null = null;

  idOf(skuKey: string): number | undefined {
    return this.#ids.get(skuKey);
  }

  remember(skuKey: string, id: number): void {
    if (this.#ids.size < MAX_SKUS || this.#ids.has(skuKey)) this.#ids.set(skuKey, id);
  }

  /** Reads every product's SKU unless that was done within the last minute; writes at once share one read. */
  async load(options: { read: () => Promise<TProductSku[]>; keyOf: (sku: string) => string }): Promise<void> {
    if (performance.now() - this.#loadedAt < RELOAD_MS) return this.#loading ?? undefined;
    this.#loadedAt = performance.now();
    this.#loading = options
      .read()
      .then((rows) => rows.forEach((row) => this.remember(options.keyOf(row.tw_Symbol), row.tw_Id)))
      .finally(() => (this.#loading = null));
    return this.#loading;
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
