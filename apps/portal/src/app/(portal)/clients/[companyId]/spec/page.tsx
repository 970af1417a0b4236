import { getFormatter, getTranslations } from "next-intl/server";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { listChannels } from "@/server/channels/sales-channels/list-channels.ts";
import { getCompany } from "@/server/admin/companies/get-company.ts";
import { diffSettings } from "@/server/erp-data/integrations/diff-settings.ts";
import { DATA_GROUP_KEYS, WRITER_DOCUMENTS } from "@/server/settings/integration-settings.ts";
import { listIntegrationVersions } from "@/server/erp-data/integrations/list-integration-versions.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { loadStaffPage } from "../load-staff-page.ts";
import { getErpFingerprint } from "@/server/erp-data/fingerprints/get-erp-fingerprint.ts";
import { FingerprintSection } from "./fingerprint-report.tsx";
import { PrintButton } from "./print-button.tsx";
import { SaleDocumentsSpec } from "./sale-documents-spec.tsx";
import { SyncedDataSpec } from "./synced-data-spec.tsx";

type TSearch = { version?: string; compare?: string };

/**
 * The integration specification, generated from a saved version of the settings (the latest by
 * default): what syncs and how, every mapping, the document flow per order type, the channels.
 * Any two versions can be compared; the page prints as a document.
 */
export default async function SpecPage(props: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<TSearch>;
}) {
  const [{ companyId }, search] = [await props.params, await props.searchParams];
  const { company, versions, channels, agents, fingerprint } = await loadStaffPage(async (actor) => ({
    company: await getCompany({ actor, companyId }),
    versions: await listIntegrationVersions({ actor, companyId }),
    channels: await listChannels({ actor, companyId }),
    agents: await listAgents({ actor, companyId }),
    fingerprint: await getErpFingerprint({ actor, companyId }),
  }));
  const [t, groups, channelWords, integrationWords, format] = [
    await getTranslations("spec"),
    await getTranslations("dataGroups"),
    await getTranslations("channels"),
    await getTranslations("integration"),
    await getFormatter(),
  ];
  // Versions saved before payment kinds were checked may hold other words: shown as they are.
  const paymentKind = (name: string) =>
    integrationWords.has(`paymentKinds.${name}`) ? integrationWords(`paymentKinds.${name}`) : name;
  const latest = versions.at(-1);
  const shown = versions.find((v) => String(v.version) === search.version) ?? latest;
  if (!shown) {
    return (
      <section className="panel">
        <h2>{t("title")}</h2>
        <p>{t("none")}</p>
        <FingerprintSection companyId={companyId} view={fingerprint} />
      </section>
    );
  }
  const compared = versions.find((v) => String(v.version) === search.compare);
  const { settings } = shown;
  const label = (id: number) => warehouseLabel(settings.warehouses, id);
  const stores = settings.warehouses.filter((w) => w.role === "store").map((w) => label(w.erpId));
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
            {t("titleErp")} · {t("version", { version: shown.version })} ·{" "}
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

      <h3>{t("mappings")}</h3>
      <dl>
        <dt>{t("vat")}</dt>
        <dd>{list(settings.vatMapping.map((m) => `${m.channelRate} → #${m.erpVatRateId}`))}</dd>
        <dt>{t("units")}</dt>
        <dd>{list(settings.unitMapping.map((m) => `${m.channelUnit} → ${m.erpUnitCode}`))}</dd>
        <dt>{t("payments")}</dt>
        <dd>{list(settings.paymentMethods.map((m) => `${m.channelCode} → ${paymentKind(m.erpName)}`))}</dd>
        <dt>{t("deliveries")}</dt>
        <dd>
          {list(
            settings.deliveryMethods.map(
              (m) =>
                `${m.channelCode} → ${integrationWords(`deliveryKinds.${m.kind}`)}${m.showroomWarehouseId ? ` (${label(m.showroomWarehouseId)})` : ""}`,
            ),
          )}
        </dd>
        <dt>{t("statuses")}</dt>
        <dd>{list(settings.orderStatusMapping.map((m) => `${m.channelStatus} → ${m.portalStatus}`))}</dd>
      </dl>

      <h3>{t("flows")}</h3>
      <ul>
        <li>
          {t("flowCourier", {
            stores: list(stores),
            document: `${t("saleInvoice")}, ${t("saleWithoutNip", { kind: settings.saleDocumentWithoutNip })}`,
          })}
        </li>
        <li>
          {t("flowPickup", {
            transfer: settings.clickAndCollect === "transfer" ? t("transfer") : t("statusesOnly"),
          })}
        </li>
      </ul>

      <h3>{t("writersTitle")}</h3>
      <ul>
        {WRITER_DOCUMENTS.map((document) => (
          <li key={document}>
            {t("writerLine", {
              document: integrationWords(`writers.documents.${document}`),
              writer: integrationWords(`writers.names.${settings.writers[document]}`),
            })}
          </li>
        ))}
      </ul>

      <SaleDocumentsSpec
        settings={settings}
        sferaCheck={agents.find((agent) => agent.id === shown.agentId)?.sferaCheck ?? null}
      />

      <h3>{t("creditHoldsTitle")}</h3>
      <p data-testid="spec-credit-holds" data-policy={settings.creditHolds.policy}>
        {t("creditHolds", {
          policy: settings.creditHolds.policy,
          overLimit: settings.creditHolds.overLimit ? "yes" : "no",
          overdue: settings.creditHolds.overdueDays === null ? "no" : "yes",
          both: settings.creditHolds.overLimit && settings.creditHolds.overdueDays !== null ? "yes" : "no",
          days: settings.creditHolds.overdueDays ?? 0,
        })}
      </p>

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

type TVersion = Awaited<ReturnType<typeof listIntegrationVersions>>[number];

function ChangesTable(props: {
  t: Awaited<ReturnType<typeof getTranslations<"spec">>>;
  before: TVersion;
  after: TVersion;
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
