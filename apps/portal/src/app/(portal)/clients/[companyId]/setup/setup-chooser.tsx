import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TIntegrationSummary } from "@/server/erp-data/integrations/list-integrations.ts";

/** A client with several integrations: the wizard sets up one at a time, so staff choose which. */
export async function SetupChooser(props: { companyId: string; integrations: TIntegrationSummary[] }) {
  const [t, types] = [await getTranslations("setup.choose"), await getTranslations("integrations.erpTypes")];
  const setup = `/clients/${props.companyId}/setup`;
  return (
    <div className="panel" data-testid="setup-chooser">
      <p>{t("intro")}</p>
      <ul>
        {props.integrations.map((integration) => (
          <li key={integration.id}>
            {integration.name} ({types(integration.erpType)}, {integration.agentConnection}):{" "}
            <Link
              href={`${setup}?integration=${integration.id}`}
              aria-label={t("againLabel", { name: integration.name })}
            >
              {t("again")}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`${setup}?integration=new`}>{t("new")}</Link>
      </p>
    </div>
  );
}
