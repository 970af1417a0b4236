import { FINGERPRINT_MAX_BYTES } from "@erp-bridge/shared";
import { uploadErpFingerprint } from "@/server/erp-data/fingerprints/upload-erp-fingerprint.ts";
import { apiHandler } from "@/server/platform/http/api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";

/** Staff upload the file `agent doctor --report` wrote, as its JSON body (over the cap: 413). */
export const PUT = apiHandler<{ companyId: string }>(async ({ actor, request, params }) => {
  const input = await readJsonBody(request, FINGERPRINT_MAX_BYTES);
  return { body: await uploadErpFingerprint({ actor, companyId: params.companyId, input }) };
});
