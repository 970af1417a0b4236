import { ClientDashboard } from "./_dashboard/client-dashboard.tsx";

/** A client's operations dashboard (staff's; the layout answers 404 to anyone else). */
export default async function CompanyPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  return <ClientDashboard companyId={companyId} />;
}
