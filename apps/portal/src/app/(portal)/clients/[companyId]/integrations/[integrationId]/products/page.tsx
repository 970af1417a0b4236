import { ProductsView } from "../../../products/products-view.tsx";

/** One integration's cloud copy: products, stock and prices. */
export default async function IntegrationProductsPage(props: {
  params: Promise<{ companyId: string; integrationId: string }>;
  searchParams: Promise<{ search?: string; after?: string }>;
}) {
  const [{ companyId, integrationId }, search] = [await props.params, await props.searchParams];
  return <ProductsView companyId={companyId} integrationId={integrationId} search={search} />;
}
