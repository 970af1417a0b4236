"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

/** After the save: where to watch the first sync, read the specification, see the client. */
export function SetupDone(props: { companyId: string; integrationId: string | null }) {
  const t = useTranslations("setup");
  const base = `/clients/${props.companyId}`;
  // The integration's own pages once it is saved (a company may have several).
  const own = props.integrationId ? `${base}/integrations/${props.integrationId}` : base;
  return (
    <div className="panel">
      <p>{t("done.intro")}</p>
      <ul>
        <li>
          <Link href={`${own}/sync`}>{t("done.sync")}</Link>
        </li>
        <li>
          <Link href={`${own}/spec`}>{t("done.spec")}</Link>
        </li>
        <li>
          <Link href={base}>{t("done.dashboard")}</Link>
        </li>
      </ul>
    </div>
  );
}
