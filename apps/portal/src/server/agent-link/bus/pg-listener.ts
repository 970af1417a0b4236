import pg from "pg";
import { errorText, log } from "../../platform/log.ts";

const MAX_BACKOFF_MS = 10_000;

type TPgListenerOptions = {
  url: string;
  channels: readonly string[];
  onNotification: (channel: string, payload: string) => void;
  onResync: () => void;
};

/**
 * One dedicated connection that LISTENs on the bus channels. A dropped connection is
 * reopened with backoff; `onResync` then tells subscribers that events may have been
 * missed meanwhile, so they re-read the database instead of waiting forever.
 */
export class PgListener {
  readonly ready: Promise<void>;
  readonly #options: TPgListenerOptions;
  /** The connection being opened or in use; events from older ones are ignored. */
  #client: pg.Client | null = null;
  #closed = false;
  #attempt = 0;
  #timer: NodeJS.Timeout | null = null;
  #markReady: () => void = () => {};

  constructor(options: TPgListenerOptions) {
    this.#options = options;
    this.ready = new Promise((resolve) => (this.#markReady = resolve));
    void this.#connect();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => {});
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#options.url, keepAlive: true });
    this.#client = client;
    client.on("notification", (message) => this.#options.onNotification(message.channel, message.payload ?? ""));
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client, new Error("connection ended")));
    try {
      await client.connect();
      for (const channel of this.#options.channels) await client.query(`LISTEN "${channel}"`);
    } catch (error) {
      return this.#lost(client, error);
    }
    if (this.#closed) return void client.end().catch(() => {});
    const reconnected = this.#attempt > 0;
    this.#attempt = 0;
    this.#markReady();
    if (reconnected) {
      log("info", "bus listener reconnected");
      this.#options.onResync();
    }
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#closed || this.#client !== client || this.#timer) return;
    client.end().catch(() => {});
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.#attempt++);
    log("warn", "bus listener lost its connection", { error: errorText(error), retryInMs: delay });
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, delay);
    this.#timer.unref();
  }
}
