import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { isDemo, publicUrl } from "@/env.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { listExpiredCommands } from "@/server/admin/agents/list-expired-commands.ts";
import { listAgentUpdates } from "@/server/admin/agent-updates/list-agent-updates.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";
import { AddAgentForm } from "./add-agent-form.tsx";
import { AgentRowActions } from "./agent-row-actions.tsx";
import { AgentStatus } from "./agent-status.tsx";
import { AgentUpdateCell } from "./agent-update-cell.tsx";
import { ClientUpdates } from "./client-updates.tsx";
import { SferaHealth } from "./sfera-health.tsx";
import { LiveRefresh } from "../_components/live-refresh.tsx";

export default async function AgentsPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  // Host names, versions and ERP error texts are staff's business: a client gets a missing page.
  if (actor.role !== "STAFF") notFound();
  const [t, format] = [await getTranslations("agents"), await getFormatter()];
  const [agents, companies] = [await listAgents({ actor }), await listCompanies({ actor })];
  const expired = await listExpiredCommands({ actor });
  const updates = await listAgentUpdates({ actor, agents });
  const tu = await getTranslations("agentUpdates");
  return (
    <>
      <LiveRefresh url="/api/agents/events" minIntervalMs={1000} />
      <section className="panel">
        <h1>{t("title")}</h1>
        <p className="muted">{t("live")}</p>
        {agents.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                {(["name", "company", "status", "lastSeen", "version", "host", "rtt", "erp"] as const).map((key) => (
                  <th key={key}>{t(key)}</th>
                ))}
                <th>{tu("column")}</th>
                <th>{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((agent) => (
                <tr key={agent.id} data-testid={`agent-${agent.id}`}>
                  <td>{agent.name}</td>
                  <td>{agent.companyName}</td>
                  <td>
                    <AgentStatus agent={agent} />
                  </td>
                  <td>{agent.lastSeenAt ? format.relativeTime(agent.lastSeenAt) : t("never")}</td>
                  <td>{agent.agentVersion ?? "—"}</td>
                  <td>{agent.hostname ?? "—"}</td>
                  <td>{agent.online && agent.rttMs !== null ? `${agent.rttMs} ms` : "—"}</td>
                  <td>
                    {agent.erpConfigured ? (agent.erpReachable ? t("erpOk") : t("erpDown")) : t("erpNone")}
                    {agent.online && agent.sferaHealth && (
                      <>
                        <br />
                        <SferaHealth health={agent.sferaHealth} />
                      </>
                    )}
                  </td>
                  <td>
                    <AgentUpdateCell
                      agentId={agent.id}
                      update={updates.latest.get(agent.id) ?? null}
                      available={updates.available.get(agent.id) ?? null}
                    />
                  </td>
                  <td>
                    {!agent.revokedAt && (
                      <AgentRowActions
                        agentId={agent.id}
                        agentName={agent.name}
                        portalUrl={publicUrl}
                        demo={isDemo}
                        enrolled={agent.enrolledAt !== null}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {expired.length > 0 && (
        <section className="panel" aria-labelledby="expired-commands">
          <h2 id="expired-commands">{t("expiredTitle")}</h2>
          <p className="muted">{t("expiredHelp")}</p>
          <table>
            <thead>
              <tr>
                <th>{t("expiredAgent")}</th>
                <th>{t("company")}</th>
                <th>{t("expiredCommand")}</th>
                <th>{t("expiredQueued")}</th>
                <th>{t("expiredAt")}</th>
              </tr>
            </thead>
            <tbody>
              {expired.map((command) => (
                <tr key={command.id}>
                  <td>{command.agentName}</td>
                  <td>{command.companyName}</td>
                  <td>
                    <code>{command.name}</code>
                  </td>
                  <td>{format.dateTime(command.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td>
                    {command.expiredAt
                      ? format.dateTime(command.expiredAt, { dateStyle: "short", timeStyle: "medium" })
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {agents.length > 0 && (
        <section className="panel">
          <h2>{tu("title")}</h2>
          <p className="muted">{tu("intro")}</p>
          <table>
            <tbody>
              {companies
                .filter((company) => agents.some((agent) => agent.companyId === company.id && !agent.revokedAt))
                .map((company) => (
                  <ClientUpdates
                    key={company.id}
                    company={{ id: company.id, name: company.name, policy: updates.policies.get(company.id) ?? null }}
                  />
                ))}
            </tbody>
          </table>
        </section>
      )}
      {companies.length > 0 && (
        <section className="panel">
          <h2>{t("add")}</h2>
          <AddAgentForm
            companies={companies.map((c) => ({ id: c.id, name: c.name }))}
            portalUrl={publicUrl}
            demo={isDemo}
          />
        </section>
      )}
    </>
  );
}
