/** Seeds the e2e accounts through the domain layer and prints them as JSON for the specs. */
import { makeCompany, makeUser } from "../support/factories.ts";
import { disconnectDb } from "../../apps/portal/src/server/db.ts";

const [companyA, companyB] = [await makeCompany({ name: "Sklep Alfa" }), await makeCompany({ name: "Hurtownia Beta" })];
const staff = await makeUser({ role: "STAFF" });
const clientA = await makeUser({ role: "CLIENT", companyId: companyA.id });
const clientB = await makeUser({ role: "CLIENT", companyId: companyB.id });
const account = (u: { email: string; password: string }) => ({ email: u.email, password: u.password });

process.stdout.write(
  JSON.stringify({
    staff: account(staff),
    clientA: account(clientA),
    clientB: account(clientB),
    companyA: { id: companyA.id, name: companyA.name },
    companyB: { id: companyB.id, name: companyB.name },
  }),
);
await disconnectDb();
