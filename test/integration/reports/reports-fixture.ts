import type { Kysely } from "kysely";
import type { TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { createChannel } from "../../../apps/portal/src/server/channels/sales-channels/create-channel.ts";
import { uuidV7 } from "../../../apps/portal/src/server/platform/database/uuid-v7.ts";
import type { TRunWords } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import { STAFF_ACTOR, uniqueSuffix } from "../../support/factories.ts";

/** A rollup row's figures: grosze, ten-thousandths of a unit, documents, lines. */
export type TRollupFigures = {
  net: bigint;
  gross: bigint;
  cost: bigint;
  quantity: bigint;
  documents: number;
  lines: number;
};

/** A rollup row's figures as the rollup tests compare them with the raw documents' sums. */
export function figuresOf(row: TRollupFigures): number[] {
  return [Number(row.net), Number(row.gross), Number(row.cost), Number(row.quantity), row.documents, row.lines];
}

/** The keys whose figures differ (a failure names a few, not thousands of equal rows). */
export function differences(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
  return keys
    .filter((key) => JSON.stringify(actual[key]) !== JSON.stringify(expected[key]))
    .slice(0, 5)
    .map((key) => ({ key, actual: actual[key], expected: expected[key] }));
}

/** Plain words: the figures, not the language, are under test. */
export const WORDS: TRunWords = {
  erp: "ERP",
  showroom: "Showroom",
  unknownChannel: "Unknown channel",
  anonymous: "Anonymous",
  noGroup: "No group",
  noProduct: "No product",
  warehouse: (id) => `Warehouse ${id}`,
  documentType: (type) => type,
  metric: (key) => key,
  negative: "negative",
  falling: "falling",
};

/** A channel and an order in it, as the orders module stores them (only what reports read matters). */
export async function makeChannelOrder(options: { companyId: string; name?: string }) {
  const { channel } = await createChannel({
    actor: STAFF_ACTOR,
    companyId: options.companyId,
    input: { name: options.name ?? `Sklep ${uniqueSuffix()}`, kind: "STORE", warehouseIds: [] },
  });
  const order = await getDb().order.create({
    data: {
      id: uuidV7(),
      companyId: options.companyId,
      channelId: channel.id,
      externalId: `ext-${uniqueSuffix()}`,
      status: "completed",
      buyer: {},
      delivery: {},
      paymentMethod: "card",
      documentWanted: "RECEIPT",
      totalGross: 0,
      erpState: "IDLE",
    },
  });
  return { channelId: channel.id, orderId: order.id };
}

export type TRawDocument = {
  id: number;
  type: string;
  day: string;
  contact: string;
  warehouseId: number;
  customerId: number;
  lines: { productId: number; net: number; gross: number; cost: number; quantity: number }[];
};

/** The copy's sales documents and lines as plain rows, read without the report code. */
export async function rawSales(options: {
  companyId: string;
  showrooms: number[];
  channelOfKey: Map<string, string>;
}): Promise<TRawDocument[]> {
  const db = getDb();
  const documents = await db.erpDocument.findMany({ where: { companyId: options.companyId } });
  const lines = await db.erpDocumentLine.findMany({ where: { companyId: options.companyId } });
  const byId = new Map(documents.map((d) => [d.erpId, d]));
  const linesOf = new Map<number, typeof lines>();
  for (const line of lines) linesOf.set(line.documentId, [...(linesOf.get(line.documentId) ?? []), line]);
  const contactOf = (doc: (typeof documents)[number]): string => {
    if (doc.externalNumber) {
      const channel = options.channelOfKey.get(doc.externalNumber);
      return channel ? `channel:${channel}` : "channel:unknown";
    }
    const source = doc.type === "KFS" && doc.sourceDocumentId !== null ? byId.get(doc.sourceDocumentId) : undefined;
    if (source?.externalNumber) return contactOf(source);
    return options.showrooms.includes(doc.warehouseId ?? 0) ? "showroom" : "erp";
  };
  return documents
    .filter((d) => ["FS", "PA", "KFS"].includes(d.type))
    .map((d) => ({
      id: d.erpId,
      type: d.type,
      day: d.issuedAt.toISOString().slice(0, 10),
      contact: contactOf(d),
      warehouseId: d.warehouseId ?? 0,
      customerId: d.customerId ?? 0,
      lines: (linesOf.get(d.erpId) ?? []).map((l) => ({
        productId: l.productId ?? 0,
        net: Number(l.net),
        gross: Number(l.gross),
        cost: Number(l.cost ?? 0),
        quantity: Number(l.quantity),
      })),
    }));
}

/** Sums of raw documents in [from, to] (days, inclusive), grouped by `key`. */
export function sumRaw(options: {
  documents: TRawDocument[];
  from: string;
  to: string;
  key: (doc: TRawDocument, line: TRawDocument["lines"][number]) => string | number;
}) {
  const out = new Map<
    string | number,
    { net: number; gross: number; cost: number; quantity: number; docs: Set<number> }
  >();
  for (const doc of options.documents) {
    if (doc.day < options.from || doc.day > options.to) continue;
    for (const line of doc.lines) {
      const key = options.key(doc, line);
      const sum = out.get(key) ?? { net: 0, gross: 0, cost: 0, quantity: 0, docs: new Set<number>() };
      sum.net += Math.round(line.net * 100);
      sum.gross += Math.round(line.gross * 100);
      sum.cost += Math.round(line.cost * 100);
      sum.quantity += Math.round(line.quantity * 10_000);
      if (doc.type !== "KFS") sum.docs.add(doc.id);
      out.set(key, sum);
    }
  }
  return new Map(
    [...out].map(([key, s]) => [
      key,
      {
        net: s.net / 100,
        gross: s.gross / 100,
        cost: s.cost / 100,
        quantity: s.quantity / 10_000,
        documents: s.docs.size,
      },
    ]),
  );
}

/**
 * The edits a client's staff make to sales already synced, done in the ERP itself: the first
 * document's first line corrected (+1,234.56 net), the second's first line withdrawn, and one of
 * the rest (dated before the 28th, so the month after exists) moved to the 1st of the next month,
 * out of the twelve months ending with its month and into the ones a year later. Returns the
 * moved document and its new date.
 */
export async function editSalesInErp(
  db: Kysely<TSubiektDatabase>,
  documents: { dok_Id: number; dok_DataWyst: Date }[],
) {
  const firstLineOf = (documentId: number) =>
    db
      .selectFrom("dok_Pozycja")
      .select(["ob_Id", "ob_WartNetto", "ob_WartBrutto"])
      .where("ob_DokHanId", "=", documentId)
      .orderBy("ob_Id")
      .executeTakeFirstOrThrow();
  const [first, second, ...rest] = documents;
  if (!first || !second || rest.length === 0) throw new Error("editSalesInErp needs at least three documents");
  const corrected = await firstLineOf(first.dok_Id);
  const withdrawn = await firstLineOf(second.dok_Id);
  await db
    .updateTable("dok_Pozycja")
    .set({
      ob_WartNetto: Number(corrected.ob_WartNetto) + 1234.56,
      ob_WartBrutto: Number(corrected.ob_WartBrutto) + 1518.51,
    })
    .where("ob_Id", "=", corrected.ob_Id)
    .execute();
  await db.deleteFrom("dok_Pozycja").where("ob_Id", "=", withdrawn.ob_Id).execute();
  const moved = rest.find((d) => d.dok_DataWyst.getUTCDate() < 28) ?? rest[0]!;
  const date = moved.dok_DataWyst;
  const nextMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1, 12));
  await db.updateTable("dok__Dokument").set({ dok_DataWyst: nextMonth }).where("dok_Id", "=", moved.dok_Id).execute();
  return { moved, nextMonth };
}
