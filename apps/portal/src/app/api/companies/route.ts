import { createCompany } from "@/server/admin/companies/create-company.ts";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";
import { apiHandler } from "@/server/platform/http/api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";

export const GET = apiHandler(async ({ actor }) => ({ body: { companies: await listCompanies({ actor }) } }));

export const POST = apiHandler(async ({ actor, request }) => ({
  status: 201,
  body: { company: await createCompany({ actor, input: await readJsonBody(request) }) },
}));
