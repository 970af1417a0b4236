import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TErpFingerprintView } from "@/server/erp-data/fingerprints/get-erp-fingerprint.ts";

/**
 * The uploaded ERP fingerprint as the specification shows it: versions and collation, which of our
 * writes the client's database would refuse and why, numbering schemes, triggers, procedures.
 */
export async function FingerprintReport({ view }: { view: TErpFingerprintView | null }) {
  const [t, format] = [await getTranslations("fingerprint"), await getFormatter()];
  if (!view) return <p data-testid="fingerprint-none">{t("none")}</p>;
  const { fingerprint } = view;
  const { server } = fingerprint;
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const attention = fingerprint.verdict.checks.filter((check) => check.level !== "ok");
  const triggersByTable = new Map<string, string[]>();
  for (const { table, name } of fingerprint.triggers)
    triggersByTable.set(table, [...(triggersByTable.get(table) ?? []), name]);
  return (
    <div data-testid="fingerprint-report">
      <p>
        {t("uploaded", { at: when(view.uploadedAt), who: view.uploadedBy })} ·{" "}
        {t("created", { at: when(new Date(fingerprint.createdAt)), agent: fingerprint.agentVersion })}
      </p>
      <dl>
        <dt>{t("verdict")}</dt>
        <dd>{fingerprint.verdict.ready ? t("ready") : t("notReady")}</dd>
        <dt>{t("server")}</dt>
        <dd>
          {t(`kinds.${server.kind}`)} {server.version}
          {server.edition ? ` (${server.edition})` : ""}
        </dd>
        <dt>{t("collation")}</dt>
        <dd>
          {server.collation}
          {server.encoding ? `, ${t("encoding", { encoding: server.encoding })}` : ""}
        </dd>
      </dl>

      <h4>{t("writesTitle")}</h4>
      <table data-testid="fingerprint-writes">
        <thead>
          <tr>
            <th>{t("write")}</th>
            <th>{t("outcome")}</th>
            <th>{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {view.writes.map(({ write, blocks }) => (
            <tr key={write}>
              <td>{t(`writes.${write}`)}</td>
              <td>{blocks.length === 0 ? t("works") : t("blocked")}</td>
              <td>
                {blocks.length > 0 && (
                  <ul>
                    {blocks.map((block, index) => (
                      <li key={index}>{t(`blocks.${block.code}`, block.params)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("triggerNote")}</p>

      <h4>{t("numberingTitle")}</h4>
      <table>
        <thead>
          <tr>
            <th>{t("document")}</th>
            <th>{t("scheme")}</th>
          </tr>
        </thead>
        <tbody>
          {fingerprint.numbering.map((numbering) => (
            <tr key={numbering.document}>
              <td>{numbering.document}</td>
              <td>
                {numbering.known
                  ? [
                      t(numbering.period === "month" ? "monthly" : "yearly"),
                      ...(numbering.warehouse ? [t("perWarehouse")] : []),
                      ...(numbering.extension ? [t("withExtension")] : []),
                    ].join(", ")
                  : t("refused", { setting: numbering.setting })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>{t("triggersTitle")}</h4>
      {triggersByTable.size === 0 ? (
        <p>{t("noTriggers")}</p>
      ) : (
        <ul>
          {[...triggersByTable].map(([table, triggers]) => (
            <li key={table}>
              <span className="mono">{table}</span>: {triggers.join(", ")}
            </li>
          ))}
        </ul>
      )}

      <h4>{t("proceduresTitle")}</h4>
      <details>
        <summary>
          {t("procedureCount", { n: fingerprint.procedures.length })}: {t("showProcedures")}
        </summary>
        <ul className="mono">
          {fingerprint.procedures.map((procedure) => (
            <li key={`${procedure.schema}.${procedure.name}`}>
              {procedure.schema}.{procedure.name}(
              {procedure.parameters.map((p) => `${p.name} ${p.type}${p.output ? " OUTPUT" : ""}`).join(", ")})
            </li>
          ))}
        </ul>
      </details>

      <h4>{t("checksTitle")}</h4>
      {attention.length === 0 ? (
        <p>{t("noChecks")}</p>
      ) : (
        <ul>
          {attention.map((check, index) => (
            <li key={index}>
              {check.level.toUpperCase()} {check.name}: {check.detail}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The specification's section: the fingerprint, and the way to upload or replace it. */
export async function FingerprintSection(props: { companyId: string; view: TErpFingerprintView | null }) {
  const t = await getTranslations("fingerprint");
  return (
    <section data-testid="spec-fingerprint">
      <h3>{t("title")}</h3>
      <p className="muted">{t("companyWide")}</p>
      <p className="no-print">
        <Link href={`/clients/${props.companyId}/spec/fingerprint`}>{t("uploadLink")}</Link>
      </p>
      <FingerprintReport view={props.view} />
    </section>
  );
}
