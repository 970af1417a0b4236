"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { windowsBuildAction } from "./download-actions.ts";

const WINDOWS_EXECUTABLE = "erp-bridge-agent-win-x64.exe";

/**
 * The two lines for the client's ERP server (PowerShell as administrator): download the
 * newest Windows build from this portal, then install it with the one-time code.
 */
export function AgentDownload(props: { portalUrl: string; code: string }) {
  const t = useTranslations("agentDownload");
  const [build, setBuild] = useState<{ version: string; size: number } | null | undefined>(undefined);
  useEffect(() => {
    void windowsBuildAction().then(setBuild);
  }, []);
  const url = `${props.portalUrl}/downloads/${WINDOWS_EXECUTABLE}`;
  if (build === undefined) return null;
  if (build === null) {
    return (
      <p className="notice" data-testid="agent-download">
        {t("none")}
      </p>
    );
  }
  return (
    <div className="panel" data-testid="agent-download">
      <h3>{t("title")}</h3>
      <p>
        <a href={url} download data-testid="agent-download-link">
          {t("link", { version: build.version, mb: Math.round(build.size / 1024 / 1024) })}
        </a>
      </p>
      <p>{t("steps")}</p>
      <pre data-testid="agent-download-lines">
        {`Invoke-WebRequest ${url} -OutFile ${WINDOWS_EXECUTABLE}\n` +
          `.\\${WINDOWS_EXECUTABLE} install --portal ${props.portalUrl} --code ${props.code}`}
      </pre>
      <p className="muted">{t("firewall")}</p>
    </div>
  );
}
