/**
 * Gathers requests from many agent connections into one statement. Requests that arrive while a
 * statement runs (or in the same turn of the event loop) go into the next one, so under load a
 * statement serves many connections and at rest a lone request waits for nobody. One statement at
 * a time: the gathering, not parallel statements, is what saves the round trips and commits.
 *
 * `run` answers each request of its batch at the same index. A failed statement fails every
 * request of its batch (each caller logs it as before); the next batch runs all the same.
 */
export class StatementBatcher<TIn, TOut> {
  readonly #run: (batch: TIn[]) => Promise<TOut[]>;
  readonly #max: number;
  #waiting: { item: TIn; resolve: (out: TOut) => void; reject: (error: unknown) => void }[] = [];
  #busy = false;

  constructor(options: { run: (batch: TIn[]) => Promise<TOut[]>; max: number }) {
    this.#run = options.run;
    this.#max = options.max;
  }

  add(item: TIn): Promise<TOut> {
    return new Promise<TOut>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (this.#waiting.length === 1 && !this.#busy) setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      while (this.#waiting.length > 0) {
        const batch = this.#waiting.splice(0, this.#max);
        try {
          const outs = await this.#run(batch.map((entry) => entry.item));
          batch.forEach((entry, index) => entry.resolve(outs[index] as TOut));
        } catch (error) {
          batch.forEach((entry) => entry.reject(error));
        }
      }
    } finally {
      this.#busy = false;
    }
  }
}
