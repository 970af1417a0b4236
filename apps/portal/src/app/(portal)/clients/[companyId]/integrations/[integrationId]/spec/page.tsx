import { SpecView, type TSpecSearch } from "../../../spec/spec-view.tsx";

/** One integration's specification, its printed form and its versions (another company's: 404). */
export default async function IntegrationSpecPage(props: {
  params: Promise<{ companyId: string; integrationId: string }>;
  searchParams: Promise<TSpecSearch>;
}) {
  const [{ companyId, integrationId }, search] = [await props.params, await props.searchParams];
  return <SpecView companyId={companyId} integrationId={integrationId} search={search} />;
}
