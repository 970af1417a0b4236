import { getFormatter, getTranslations } from "next-intl/server";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { DATA_GROUP_KEYS } from "@/server/settings/integration-settings.ts";
import { getIntegrationSpec } from "@/server/insight/specification/get-integration-spec.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { getErpFingerprint } from "@/server/erp-data/fingerprints/get-erp-fingerprint.ts";
import { ChangesTable } from "./changes-table.tsx";
import { FingerprintSection } from "./fingerprint-report.tsx";
import { OrderSections } from "./order-sections.tsx";
import { PrintButton } from "./print-button.tsx";
import { SyncedDataSpec } from "./synced-data-spec.tsx";

export type TSpecSearch = { version?: string; compare?: string };

/**
 * One integration's specification (the one named, which must be the company's; else the company's
 * first), generated from a saved version of its settings (the latest by default): what syncs and
 * how, every mapping, the document flow per order type, its channels. Any two of its versions can
 * be compared; the page prints as a document. A read-only ERP's has no order-writing sections.
 */
export async function SpecView(props: { companyId: string; integrationId?: string; search: TSpecSearch }) {
  const { companyId, integrationId, search } = props;
  const { company, integration, versions, channels, agents, fingerprint } = await loadStaffPage(async (actor) => ({
    ...(await getIntegrationSpec({ actor, companyId, integrationId })),
    agents: await listAgents({ actor, companyId }),
    fingerprint: await getErpFingerprint({ actor, companyId }),
  }));
  const [t, groups, channelWords, erpTypes, format] = [
    await getTranslations("spec"),
    await getTranslations("dataGroups"),
    await getTranslations("channels"),
    await getTranslations("integrations.erpTypes"),
    await getFormatter(),
  ];
  const latest = versions.at(-1);
  const shown = versions.find((v) => String(v.version) === search.version) ?? latest;
  if (!shown) {
    return (
      <section className="panel">
        <h2>{t("title")}</h2>
        <p data-testid="spec-title">
          {integration.name} · {t("titleErp", { erp: erpTypes(integration.erpType) })}
        </p>
        <p>{t("none")}</p>
        <FingerprintSection companyId={companyId} view={fingerprint} />
      </section>
    );
  }
  const compared = versions.find((v) => String(v.version) === search.compare);
  const { settings } = shown;
  const label = (id: number) => warehouseLabel(settings.warehouses, id);
  const sferaCheck = agents.find((agent) => agent.id === shown.agentId)?.sferaChecks[shown.agentConnection] ?? null;
  const list = (items: string[]) => (items.length ? items.join(", ") : t("empty"));
  return (
    <section className="panel spec">
      <header className="spec-header">
        <h2>{t("title")}</h2>
        <dl className="facts spec-title" data-testid="spec-title">
          <dt>{t("titleClient")}</dt>
          <dd>
            {company.name}
            {company.nip ? ` · NIP ${company.nip}` : ""}
          </dd>
          <dt>{t("titleIntegration")}</dt>
          <dd>
            {integration.name} · {t("titleErp", { erp: erpTypes(integration.erpType) })} ·{" "}
            {t("version", { version: shown.version })} ·{" "}
            {t("savedBy", {
              at: format.dateTime(shown.savedAt, { dateStyle: "medium", timeStyle: "short" }),
              who: shown.savedBy,
            })}
          </dd>
          <dt>{t("titleDate")}</dt>
          <dd>{format.dateTime(new Date(), { dateStyle: "long" })}</dd>
        </dl>
        <div className="no-print">
          <PrintButton label={t("print")} />
          <form className="inline-form" method="get">
            <input type="hidden" name="version" value={shown.version} />
            <label>
              {t("compareWith")}{" "}
              <select name="compare" defaultValue={compared?.version ?? ""}>
                <option value="">—</option>
                {versions
                  .filter((v) => v.version !== shown.version)
                  .map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version}
                    </option>
                  ))}
              </select>
            </label>{" "}
            <button type="submit">{t("compare")}</button>
          </form>
          <nav aria-label={t("versions")}>
            {t("versions")}:{" "}
            {versions.map((v) => (
              <a
                key={v.version}
                href={`?version=${v.version}`}
                aria-current={v.version === shown.version ? "page" : undefined}
              >
                {v.version}
              </a>
            ))}
          </nav>
        </div>
      </header>

      {compared && (
        <section>
          <h3>{t("changes", { from: compared.version, to: shown.version })}</h3>
          <ChangesTable t={t} before={compared} after={shown} />
        </section>
      )}

      <h3>{t("scope")}</h3>
      <table>
        <thead>
          <tr>
            <th>{t("group")}</th>
            <th>{t("enabled")}</th>
            <th>{t("direction")}</th>
            <th>{t("interval")}</th>
          </tr>
        </thead>
        <tbody>
          {DATA_GROUP_KEYS.map((key) => {
            const group = settings.dataGroups[key];
            return (
              <tr key={key}>
                <td>{groups(key)}</td>
                <td>{group.enabled ? t("yes") : t("no")}</td>
                <td>{t(`directions.${group.direction}`)}</td>
                <td>{t("seconds", { n: group.intervalSeconds })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <SyncedDataSpec settings={settings} />

      <h3>{t("warehouses")}</h3>
      {settings.warehouses.length === 0 ? (
        <p>{t("noWarehouses")}</p>
      ) : (
        <ul>
          {settings.warehouses.map((w) => (
            <li key={w.erpId}>
              {label(w.erpId)}: {t(`roles.${w.role}`)}
            </li>
          ))}
        </ul>
      )}

      <h3>{t("identification")}</h3>
      <p>{t(`identifiers.${settings.productIdentifier}`)}</p>

      {integration.readOnly ? (
        <p data-testid="spec-read-only">{t("readOnly")}</p>
      ) : (
        <OrderSections settings={settings} sferaCheck={sferaCheck} />
      )}

      <h3>{t("channels")}</h3>
      {channels.length === 0 ? (
        <p>{t("noChannels")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("channel")}</th>
              <th>{t("kind")}</th>
              <th>{t("priceLevel")}</th>
              <th>{t("warehouses")}</th>
              <th>{t("webhooks")}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.id}>
                <td>{channel.name}</td>
                <td>{channelWords(`kinds.${channel.kind}`)}</td>
                <td>{channel.priceLevel}</td>
                <td>
                  {t("stock", {
                    warehouses: list(channel.warehouseIds.map(label)),
                    buffer: channel.safetyBuffer,
                  })}
                </td>
                <td>{channel.webhookUrl ? t("yes") : t("no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <FingerprintSection companyId={companyId} view={fingerprint} />
    </section>
  );
}
