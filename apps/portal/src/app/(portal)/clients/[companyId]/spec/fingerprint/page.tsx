import { getTranslations } from "next-intl/server";
import { getErpFingerprint } from "@/server/erp-data/fingerprints/get-erp-fingerprint.ts";
import { loadStaffPage } from "../../load-staff-page.ts";
import { FingerprintReport } from "../fingerprint-report.tsx";
import { FingerprintUpload } from "./fingerprint-upload.tsx";

/** Where staff upload the client's `agent doctor --report` file and read what it says. */
export default async function FingerprintPage(props: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await props.params;
  const view = await loadStaffPage((actor) => getErpFingerprint({ actor, companyId }));
  const t = await getTranslations("fingerprint");
  return (
    <section className="panel">
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <FingerprintUpload companyId={companyId} />
      <FingerprintReport view={view} />
    </section>
  );
}
