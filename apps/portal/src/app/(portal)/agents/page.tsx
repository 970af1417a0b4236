import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { isDemo, publicUrl } from "@/env.ts";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";
import { AddAgentForm } from "./add-agent-form.tsx";
import { AgentRowActions } from "./agent-row-actions.tsx";
import { AgentStatus } from "./agent-status.tsx";
import { SferaHealth } from "./sfera-health.tsx";
import { LiveRefresh } from "../_components/live-refresh.tsx";

export default async function AgentsPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const [t, format] = [await getTranslations("agents"), await getFormatter()];
  const [agents, companies] = [await listAgents({ actor }), await listCompanies({ actor })];
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
                {actor.role === "STAFF" && <th>{t("actions")}</th>}
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
                  {actor.role === "STAFF" && (
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
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {actor.role === "STAFF" && companies.length > 0 && (
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
