import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env.ts";
import { PrismaClient } from "../generated/prisma/client.ts";

export type TDb = PrismaClient;
/** A client or an open transaction: domain functions accept either as `tx`. */
export type TTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// The custom server and Next's bundled route handlers load this module separately; keeping
// the client on globalThis gives the process one pool (the embedded database allows one connection).
const holder = globalThis as typeof globalThis & { __erpBridgeDb?: PrismaClient };

function createDb(): PrismaClient {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the server starts the database first");
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  holder.__erpBridgeDb ??= createDb();
  return holder.__erpBridgeDb;
}

export async function disconnectDb(): Promise<void> {
  await holder.__erpBridgeDb?.$disconnect();
  holder.__erpBridgeDb = undefined;
}

/** The one transaction helper: runs `fn` in a transaction, or inside the caller's. */
export async function inTransaction<T>(tx: TTx | undefined, fn: (tx: TTx) => Promise<T>): Promise<T> {
  if (tx) return fn(tx);
  return getDb().$transaction((inner) => fn(inner));
}
