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
  // In the demo the command that runs an agent on a sample ERP here comes first: it is what
  // someone trying the demo needs; the production commands follow for a real client.
  const demoCommand = `npm run demo:agent -- --code ${code} --portal ${portalUrl}`;
  return (
    <div className="panel" role="status" aria-live="polite">
      <h3>{t("codeTitle", { name: agentName })}</h3>
      <p>
        <code data-testid="enrollment-code" style={{ fontSize: "1.3rem" }}>
          {code}
        </code>
      </p>
      {demo && (
        <div className="notice" data-testid="demo-agent-hint">
          <p>{t("codeDemo")}</p>
          <pre>{demoCommand}</pre>
          <p>{t("codeDemoThen")}</p>
        </div>
      )}
      <p>{demo ? t("codeHelpDemo") : t("codeHelp")}</p>
      <pre>{`npm run agent -- enroll --portal ${portalUrl} --code ${code}`}</pre>
      <p>{t("codeErp")}</p>
      <pre>{`AGENT_ERP_URL="mssql://LOGIN:HASLO@SERWER/BAZA?instanceName=INSERTGT" npm run agent -- doctor`}</pre>
      <p>{t("codeThen")}</p>
      <pre>npm run agent -- run</pre>
      <p className="muted">{t("codeRotate")}</p>
    </div>
  );
}
