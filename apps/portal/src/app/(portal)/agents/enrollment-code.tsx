import { useTranslations } from "next-intl";

/**
 * The one moment a code is visible: with the commands to paste on the client's server, and in
 * the demo the command that runs an agent on a sample ERP on this machine.
 */
export function EnrollmentCode({
  agentName,
  code,
  portalUrl,
  demo,
}: {
  agentName: string;
  code: string;
  portalUrl: string;
  demo: boolean;
}) {
  const t = useTranslations("agents");
  return (
    <div className="panel" role="status" aria-live="polite">
      <h3>{t("codeTitle", { name: agentName })}</h3>
      <p>
        <code data-testid="enrollment-code" style={{ fontSize: "1.3rem" }}>
          {code}
        </code>
      </p>
      <p>{t("codeHelp")}</p>
      <pre>{`npm run agent -- enroll --portal ${portalUrl} --code ${code}`}</pre>
      <p>{t("codeErp")}</p>
      <pre>{`AGENT_ERP_URL="mssql://LOGIN:HASLO@SERWER/BAZA?instanceName=INSERTGT" npm run agent -- doctor`}</pre>
      <p>{t("codeThen")}</p>
      <pre>npm run agent -- run</pre>
      <p className="muted">{t("codeRotate")}</p>
      {demo && (
        <p className="notice" data-testid="demo-agent-hint">
          {t.rich("codeDemo", {
            command: `npm run demo:agent -- --code ${code} --portal ${portalUrl}`,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      )}
    </div>
  );
}
