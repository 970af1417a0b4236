import { getDb, runTransaction } from "../../apps/portal/src/server/platform/database/db.ts";
import { recordReportDocuments } from "../../apps/portal/src/server/insight/reports/rollups/record-report-documents.ts";
import { DEFAULT_SETTINGS } from "../../apps/portal/src/server/settings/integration-settings.ts";

export type TCopyProduct = { erpId: number; sku: string; name: string; groupId: number; groupName: string };
export type TCopyCustomer = { erpId: number; code: string; name: string; nip: string | null };
export type TCopyDocument = {
  erpId: number;
  type: "FS" | "PA" | "KFS";
  day: string;
  warehouseId: number;
  customerId: number | null;
  lines: { productId: number; net: number; cost: number; quantity: number }[];
};

/**
 * An integration of the company with its cloud copy written as the sync writes it (products,
 * customers, documents with lines) and its report rollups built by the same builder the documents
 * sync calls (recordReportDocuments). Small and explicit, so a test knows every figure.
 */
export async function seedIntegrationCopy(options: {
  companyId: string;
  name: string;
  erpType: "SUBIEKT_GT" | "OPTIMA";
  showrooms: number[];
  products: TCopyProduct[];
  customers: TCopyCustomer[];
  documents: TCopyDocument[];
}): Promise<string> {
  const { companyId } = options;
  const warehouseIds = [...new Set([1, ...options.showrooms, ...options.documents.map((d) => d.warehouseId)])];
  const integration = await getDb().integration.create({
    data: {
      companyId,
      name: options.name,
      erpType: options.erpType,
      settings: {
        ...DEFAULT_SETTINGS,
        warehouses: warehouseIds.map((erpId) => ({
          erpId,
          role: options.showrooms.includes(erpId) ? ("showroom" as const) : ("store" as const),
        })),
      },
    },
  });
  const integrationId = integration.id;
  const scope = { companyId, integrationId };
  await runTransaction(async (tx) => {
    await tx.erpProduct.createMany({
      data: options.products.map((p) => ({
        ...scope,
        ...p,
        unit: "szt.",
        vatRate: 23,
        online: true,
        blocked: false,
        deleted: false,
        type: "goods",
        customFields: {},
        rowVersion: 1n,
      })),
    });
    await tx.erpCustomer.createMany({
      data: options.customers.map((c) => ({
        ...scope,
        ...c,
        discountPercent: 0,
        creditLimit: 0,
        paymentDays: 14,
        blocked: false,
        rowVersion: 1n,
      })),
    });
    const sum = (d: TCopyDocument) => d.lines.reduce((total, l) => total + l.net, 0);
    await tx.erpDocument.createMany({
      data: options.documents.map((d) => ({
        ...scope,
        erpId: d.erpId,
        type: d.type,
        number: `${d.type} ${d.erpId}/2026`,
        issuedAt: new Date(`${d.day}T10:00:00Z`),
        warehouseId: d.warehouseId,
        customerId: d.customerId,
        status: 0,
        net: sum(d),
        vat: Math.round(sum(d) * 23) / 100,
        gross: Math.round(sum(d) * 123) / 100,
        rowVersion: 1n,
      })),
    });
    await tx.erpDocumentLine.createMany({
      data: options.documents.flatMap((d) =>
        d.lines.map((l, i) => ({
          ...scope,
          documentId: d.erpId,
          lineNo: i + 1,
          productId: l.productId,
          quantity: l.quantity,
          unitNet: l.net / l.quantity,
          unitGross: (l.net * 1.23) / l.quantity,
          vatRate: 23,
          net: l.net,
          gross: Math.round(l.net * 123) / 100,
          discountPercent: 0,
          cost: l.cost,
        })),
      ),
    });
    await recordReportDocuments({ tx, ...scope, ids: options.documents.map((d) => d.erpId) });
  });
  return integrationId;
}
