import { SyncView } from "./sync-view.tsx";

/** The company's first integration's sync: today's single-integration address. */
export default async function SyncPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  return <SyncView companyId={companyId} integrationId={null} />;
}
