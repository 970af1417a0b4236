import { getCompany } from "@/server/admin/companies/get-company.ts";
import { updateCompany } from "@/server/admin/companies/update-company.ts";
import { apiHandler } from "@/server/platform/http/api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";

type TParams = { companyId: string };

export const GET = apiHandler<TParams>(async ({ actor, params }) => ({
  body: { company: await getCompany({ actor, companyId: params.companyId }) },
}));

export const PATCH = apiHandler<TParams>(async ({ actor, params, request }) => ({
  body: { company: await updateCompany({ actor, companyId: params.companyId, input: await readJsonBody(request) }) },
}));
