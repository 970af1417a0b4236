import { useTranslations } from "next-intl";

type TPresence = { online: boolean; revokedAt: Date | null; enrolledAt: Date | null };

export function AgentStatus({ agent }: { agent: TPresence }) {
  const t = useTranslations("agents");
  const [key, className] = agent.revokedAt
    ? (["revoked", "badge badge-off"] as const)
    : !agent.enrolledAt
      ? (["notEnrolled", "badge badge-wait"] as const)
      : agent.online
        ? (["online", "badge badge-on"] as const)
        : (["offline", "badge badge-off"] as const);
  return (
    <span className={className} data-status={key}>
      {t(key)}
    </span>
  );
}
