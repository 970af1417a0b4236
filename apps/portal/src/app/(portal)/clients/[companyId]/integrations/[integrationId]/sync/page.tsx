import { SyncView } from "../../../sync/sync-view.tsx";

/** One integration's sync: its data groups and runs. */
export default async function IntegrationSyncPage({
  params,
}: {
  params: Promise<{ companyId: string; integrationId: string }>;
}) {
  const { companyId, integrationId } = await params;
  return <SyncView companyId={companyId} integrationId={integrationId} />;
}
