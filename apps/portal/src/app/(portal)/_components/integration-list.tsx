import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TIntegrationSummary } from "@/server/erp-data/integrations/list-integrations.ts";

/** A client's integrations in one line each: name (to its settings), ERP type, read-only. */
export async function IntegrationList(props: {
  companyId: string;
  integrations: Pick<TIntegrationSummary, "id" | "name" | "erpType" | "readOnly">[];
}) {
  const t = await getTranslations("integrations");
  return (
    <ul data-testid={`integration-list-${props.companyId}`}>
      {props.integrations.map((integration) => (
        <li key={integration.id}>
          <Link href={`/clients/${props.companyId}/integrations/${integration.id}/settings`}>{integration.name}</Link>{" "}
          <span className="muted">
            {t(`erpTypes.${integration.erpType}`)}
            {integration.readOnly && ` · ${t("readOnly")}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
