import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { createSandbox, SMALL_SANDBOX } from "../integration/erp-sandbox/sandbox-fixture.ts";
import { createOptimaSandbox } from "../integration/optima-reads/optima-fixture.ts";
import { eventually } from "./eventually.ts";
import { enrolledAgent, startHub } from "./tunnel-harness.ts";

type TConnection = { key: string; erpType: "subiekt-gt" | "optima"; erpUrl: string };

/**
 * One real agent at a client serving head office's Subiekt GT sandbox (its default connection) and
 * a partner's Optima sandbox ("partner"), connected to the portal's hub in this process, for a new
 * company. `connections` replaces the further connections (given both sandboxes' URLs); `sfera`
 * is the default connection's Sfera settings. Resolves once the hub stored every connection the
 * agent reported in its hello: what adding, moving and checking an integration read.
 */
export async function startTwoErpAgent(
  options: {
    connections?: (erp: { subiekt: string; optima: string }) => TConnection[];
    sfera?: (erp: { subiekt: string }) => object;
  } = {},
) {
  const [hub, subiekt, optima] = await Promise.all([
    startHub(),
    createSandbox({ size: SMALL_SANDBOX }),
    createOptimaSandbox(),
  ]);
  const urls = { subiekt: subiekt.url, optima: optima.url };
  const connections = options.connections?.(urls) ?? [{ key: "partner", erpType: "optima", erpUrl: optima.url }];
  const agent = await enrolledAgent({
    portalUrl: hub.url,
    erpUrl: subiekt.url,
    connections,
    ...(options.sfera && { sfera: options.sfera(urls) }),
  });
  await agent.run().waitFor((log) => log.msg === "connected");
  await eventually(
    async () => {
      const row = await getDb().agent.findUniqueOrThrow({ where: { id: agent.agentId } });
      const reported = Array.isArray(row.erpConnections) ? row.erpConnections.length : 0;
      return reported === connections.length + 1 || undefined;
    },
    { what: `the agent's ${connections.length + 1} connections stored` },
  );
  return {
    hub,
    subiekt,
    optima,
    agent,
    companyId: agent.companyId,
    async close() {
      await agent.cleanup();
      await hub.close();
      await Promise.all([subiekt.drop(), optima.drop()]);
    },
  };
}

export type TTwoErpAgent = Awaited<ReturnType<typeof startTwoErpAgent>>;
