import { seedIntegrationCopy } from "./integration-copy.ts";

/**
 * A client with two ERPs (issue 19), Subiekt GT and Optima, each with a small copy: they share the
 * product symbol KUBEK-1 under other ids (10 in Subiekt GT, 20 in Optima), and product id 10,
 * customer id 5 and document id 100 exist in both for different things. Warehouse 2 is a showroom
 * in Subiekt GT only. Sales in January and February 2026: 180 zł net in Subiekt GT, 310 in Optima.
 */
export async function seedTwoErpClient(companyId: string): Promise<{ subiekt: string; optima: string }> {
  const subiekt = await seedIntegrationCopy({
    companyId,
    name: "Subiekt GT",
    erpType: "SUBIEKT_GT",
    showrooms: [2],
    products: [
      { erpId: 10, sku: "KUBEK-1", name: "Kubek", groupId: 1, groupName: "Naczynia" },
      { erpId: 11, sku: "TALERZ", name: "Talerz", groupId: 1, groupName: "Naczynia" },
    ],
    customers: [{ erpId: 5, code: "FIRMA-A", name: "Firma A", nip: "5260001111" }],
    documents: [
      {
        erpId: 100,
        type: "FS",
        day: "2026-01-10",
        warehouseId: 1,
        customerId: 5,
        lines: [
          { productId: 10, net: 100, cost: 60, quantity: 1 },
          { productId: 11, net: 50, cost: 20, quantity: 2 },
        ],
      },
      {
        erpId: 101,
        type: "PA",
        day: "2026-02-03",
        warehouseId: 2,
        customerId: null,
        lines: [{ productId: 10, net: 30, cost: 18, quantity: 1 }],
      },
    ],
  });
  const optima = await seedIntegrationCopy({
    companyId,
    name: "Optima",
    erpType: "OPTIMA",
    // Warehouse 2 is a showroom in Subiekt GT, a plain store in Optima.
    showrooms: [],
    products: [
      { erpId: 10, sku: "SZKLANKA", name: "Szklanka", groupId: 1, groupName: "Szkło" },
      { erpId: 20, sku: "KUBEK-1", name: "Kubek ceramiczny", groupId: 7, groupName: "Kuchnia" },
    ],
    customers: [{ erpId: 5, code: "FIRMA-B", name: "Firma B", nip: "7770002222" }],
    documents: [
      {
        erpId: 100,
        type: "FS",
        day: "2026-01-15",
        warehouseId: 1,
        customerId: 5,
        lines: [
          { productId: 20, net: 200, cost: 150, quantity: 2 },
          { productId: 10, net: 40, cost: 10, quantity: 4 },
        ],
      },
      {
        erpId: 102,
        type: "FS",
        day: "2026-02-20",
        warehouseId: 2,
        customerId: 5,
        lines: [{ productId: 20, net: 70, cost: 50, quantity: 1 }],
      },
    ],
  });
  return { subiekt, optima };
}
