import { FINGERPRINT_MAX_BYTES } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { getErpFingerprint } from "../../../apps/portal/src/server/erp-data/fingerprints/get-erp-fingerprint.ts";
import { uploadErpFingerprint } from "../../../apps/portal/src/server/erp-data/fingerprints/upload-erp-fingerprint.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { failureOf } from "../../support/failure-of.ts";
import { makeFingerprint } from "../../support/fingerprint-factory.ts";
import { makeCompany, makeUser } from "../../support/factories.ts";

describe("the ERP fingerprint kept on the integration", () => {
  it("keeps the uploaded file and tells which of our writes it would block, naming table.column", async () => {
    const company = await makeCompany();
    const staff = await makeUser({ role: "STAFF" });
    const fingerprint = makeFingerprint();
    fingerprint.requiredColumns.push({ table: "dok__Dokument", column: "dok_PoleFirmy", supplied: false });
    fingerprint.verdict.ready = false;
    await uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: fingerprint });

    const kept = await getErpFingerprint({ actor: staff.actor, companyId: company.id });
    expect(kept?.uploadedBy).toBe(staff.email);
    expect(kept?.fingerprint.server.collation).toBe("Polish_CI_AS");
    const blocked = Object.fromEntries((kept?.writes ?? []).map((w) => [w.write, w.blocks]));
    expect(blocked.customer).toEqual([]);
    for (const write of ["ZK", "MM", "FS", "PA", "KFS"]) {
      expect(blocked[write]).toEqual([
        { code: "requiredColumn", params: { table: "dok__Dokument", column: "dok_PoleFirmy" } },
      ]);
    }
    const audit = await getDb().auditEntry.findFirst({ where: { companyId: company.id, entity: "erp-fingerprint" } });
    expect(audit?.after).toMatchObject({ ready: false, server: { kind: "sqlserver" } });
  });

  it("replaces the previous upload", async () => {
    const company = await makeCompany();
    const staff = await makeUser({ role: "STAFF" });
    await uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: makeFingerprint() });
    const newer = { ...makeFingerprint(), agentVersion: "0.2.0" };
    await uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: newer });
    expect((await getErpFingerprint({ actor: staff.actor, companyId: company.id }))?.fingerprint.agentVersion).toBe(
      "0.2.0",
    );
    expect(await getDb().erpFingerprint.count({ where: { companyId: company.id } })).toBe(1);
  });

  it("refuses a file that is not a fingerprint, naming the field, and keeps nothing", async () => {
    const company = await makeCompany();
    const staff = await makeUser({ role: "STAFF" });
    const bad = { ...makeFingerprint(), server: { ...makeFingerprint().server, collation: 1250 } };
    const error = await failureOf(uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: bad }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["server.collation"]);

    const later = await failureOf(
      uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: { ...makeFingerprint(), version: 2 } }),
    );
    expect(Object.keys(later.fieldErrors ?? {})).toEqual(["version"]);
    expect(await getErpFingerprint({ actor: staff.actor, companyId: company.id })).toBeNull();
  });

  it("refuses a file over the size cap", async () => {
    const company = await makeCompany();
    const staff = await makeUser({ role: "STAFF" });
    const huge = { ...makeFingerprint(), padding: "x".repeat(FINGERPRINT_MAX_BYTES) };
    const error = await failureOf(uploadErpFingerprint({ actor: staff.actor, companyId: company.id, input: huge }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("is staff work: a client user can neither upload nor read it, even their own company's", async () => {
    const company = await makeCompany();
    const client = await makeUser({ role: "CLIENT", companyId: company.id });
    const upload = uploadErpFingerprint({ actor: client.actor, companyId: company.id, input: makeFingerprint() });
    expect((await failureOf(upload)).code).toBe("NOT_FOUND");
    expect((await failureOf(getErpFingerprint({ actor: client.actor, companyId: company.id }))).code).toBe("NOT_FOUND");
  });

  it("keeps each company's fingerprint to itself", async () => {
    const [first, second] = [await makeCompany(), await makeCompany()];
    const staff = await makeUser({ role: "STAFF" });
    await uploadErpFingerprint({ actor: staff.actor, companyId: first.id, input: makeFingerprint() });
    expect(await getErpFingerprint({ actor: staff.actor, companyId: second.id })).toBeNull();
    const missing = uploadErpFingerprint({
      actor: staff.actor,
      companyId: "00000000-0000-7000-8000-00000000dead",
      input: makeFingerprint(),
    });
    expect((await failureOf(missing)).code).toBe("NOT_FOUND");
  });
});
