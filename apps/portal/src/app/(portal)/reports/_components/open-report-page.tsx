import { loadReportPage, type TReportPage } from "./load-report-page.ts";
import type { TSearchParams } from "./query.ts";
import { loadShellData, ReportShell } from "./report-shell.tsx";

export type TReportPageProps<P extends { companyId: string } = { companyId: string }> = {
  params: Promise<P>;
  searchParams: Promise<TSearchParams>;
};

/**
 * What every report page starts with: its URL read, the report's input checked (see
 * loadReportPage), the shell with the filters (and their errors), and the report's words. A page
 * whose input failed returns `shell` alone.
 */
export async function openReportPage<P extends { companyId: string }>(
  props: TReportPageProps<P>,
  options: { limit?: number } = {},
): Promise<{ params: P; searchParams: TSearchParams; page: TReportPage; shell: React.JSX.Element }> {
  const [params, searchParams] = [await props.params, await props.searchParams];
  const page = await loadReportPage({ companyId: params.companyId, searchParams, limit: options.limit });
  const shellProps = {
    companyId: params.companyId,
    errors: page.ok ? {} : page.fieldErrors,
    searchParams,
    context: page.ok ? page.input.context : undefined,
  };
  // Read while the page reads its report; awaited when the shell renders (a page that ends in
  // notFound() first leaves it unread: not an unhandled rejection).
  const data = loadShellData(shellProps);
  data.catch(() => undefined);
  const shell = <ReportShell {...shellProps} data={data} />;
  return { params, searchParams, page, shell };
}
