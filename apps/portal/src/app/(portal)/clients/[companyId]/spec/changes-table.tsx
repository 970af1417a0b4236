import type { getTranslations } from "next-intl/server";
import { diffSettings } from "@/server/erp-data/integrations/diff-settings.ts";
import type { TIntegrationVersion } from "@/server/erp-data/integrations/list-integration-versions.ts";

/** What changed between two saved versions of one integration's settings, setting by setting. */
export function ChangesTable(props: {
  t: Awaited<ReturnType<typeof getTranslations<"spec">>>;
  before: TIntegrationVersion;
  after: TIntegrationVersion;
}) {
  const { t } = props;
  const changes = diffSettings(
    { agentId: props.before.agentId, ...props.before.settings },
    { agentId: props.after.agentId, ...props.after.settings },
  );
  if (changes.length === 0) return <p>{t("noChanges")}</p>;
  const show = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value));
  return (
    <table data-testid="spec-changes">
      <thead>
        <tr>
          <th>{t("setting")}</th>
          <th>{t("before")}</th>
          <th>{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <td className="mono">{change.path}</td>
            <td>{show(change.before)}</td>
            <td>{show(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
