import { redirect } from "next/navigation";

/** An integration's own address opens its settings. */
export default async function IntegrationIndex({
  params,
}: {
  params: Promise<{ companyId: string; integrationId: string }>;
}) {
  const { companyId, integrationId } = await params;
  redirect(`/clients/${companyId}/integrations/${integrationId}/settings`);
}
