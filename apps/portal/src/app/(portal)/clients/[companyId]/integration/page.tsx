import { IntegrationView } from "./integration-view.tsx";

/** The company's first integration's settings: today's single-integration address. */
export default async function IntegrationPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  return <IntegrationView companyId={companyId} integrationId={null} />;
}
