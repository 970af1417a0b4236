import { IntegrationView } from "../../../integration/integration-view.tsx";

/** One integration's settings. */
export default async function IntegrationSettingsPage({
  params,
}: {
  params: Promise<{ companyId: string; integrationId: string }>;
}) {
  const { companyId, integrationId } = await params;
  return <IntegrationView companyId={companyId} integrationId={integrationId} />;
}
