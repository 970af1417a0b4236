import { ProductsView } from "./products-view.tsx";

/** The company's first integration's cloud copy: today's single-integration address. */
export default async function ProductsPage(props: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<{ search?: string; after?: string }>;
}) {
  const [{ companyId }, search] = [await props.params, await props.searchParams];
  return <ProductsView companyId={companyId} integrationId={null} search={search} />;
}
