/** Seeds the e2e accounts through the domain layer and prints them as JSON for the specs. */
import { makeCompany, makeUser } from "../support/factories.ts";
import { disconnectDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { seedDemoSales } from "../../apps/portal/src/server/boot/seed/demo-sales/seed-demo-sales.ts";
import { seedTwoErpClient } from "../support/two-erp-client.ts";

const [companyA, companyB] = [await makeCompany({ name: "Sklep Alfa" }), await makeCompany({ name: "Hurtownia Beta" })];
const staff = await makeUser({ role: "STAFF" });
const clientA = await makeUser({ role: "CLIENT", companyId: companyA.id });
const clientB = await makeUser({ role: "CLIENT", companyId: companyB.id });
// Reports: two companies of their own with two years of (different) sales, channels and orders.
const [salesA, salesB] = [await makeCompany({ name: "Raporty Alfa" }), await makeCompany({ name: "Raporty Beta" })];
await seedDemoSales({ companyId: salesA.id });
await seedDemoSales({ companyId: salesB.id, seed: 7 });
const [reportsClientA, reportsClientB] = [
  await makeUser({ role: "CLIENT", companyId: salesA.id }),
  await makeUser({ role: "CLIENT", companyId: salesB.id }),
];
// Reports across ERPs: a client with a Subiekt GT and an Optima integration.
const twoErps = await makeCompany({ name: "Raporty Dwa ERP" });
const twoErpSources = await seedTwoErpClient(twoErps.id);
const twoErpsClient = await makeUser({ role: "CLIENT", companyId: twoErps.id });
const account = (u: { email: string; password: string }) => ({ email: u.email, password: u.password });

process.stdout.write(
  JSON.stringify({
    staff: account(staff),
    clientA: account(clientA),
    clientB: account(clientB),
    companyA: { id: companyA.id, name: companyA.name },
    companyB: { id: companyB.id, name: companyB.name },
    reports: {
      clientA: account(reportsClientA),
      clientB: account(reportsClientB),
      companyA: { id: salesA.id, name: salesA.name },
      companyB: { id: salesB.id, name: salesB.name },
      twoErps: {
        client: account(twoErpsClient),
        company: { id: twoErps.id, name: twoErps.name },
        ...twoErpSources,
      },
    },
  }),
);
await disconnectDb();
