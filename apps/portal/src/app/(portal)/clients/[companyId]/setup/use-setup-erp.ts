"use client";

import { useState } from "react";
import type { TSetupDraft } from "@/server/erp-data/setup/get-setup-draft.ts";
import type { TSetupErp } from "@/server/erp-data/setup/setup-steps.ts";
import { DEFAULT_INTEGRATION_NAME } from "@/server/settings/erp-type.ts";
import { firstFreeConnection } from "../integration/connection-select.tsx";
import type { TSetupAgent } from "./agent-step.tsx";

/**
 * The agent step's ERP choice as staff make it: a new integration's type, connection and name, or
 * the connection of the integration set up again. A new agent or ERP type starts on that agent's
 * first free connection of the type. Until staff type a name of their own, a new integration is
 * offered its ERP's name, with the connection when another integration of the company has it.
 */
export function useSetupErp(options: {
  draft: TSetupDraft;
  agents: TSetupAgent[];
  /** The agent the wizard starts with ("" when none is chosen yet). */
  agentId: string;
  /** The names of the company's integrations. */
  takenNames: string[];
}) {
  const { draft, agents, takenNames } = options;
  const integrationId = draft.integration?.id ?? null;
  const [nameEdited, setNameEdited] = useState(draft.erp.name !== undefined);
  const named = (erp: TSetupErp, edited: boolean): TSetupErp => {
    if (draft.integration || edited) return erp;
    const name = DEFAULT_INTEGRATION_NAME[erp.erpType];
    return { ...erp, name: takenNames.includes(name) ? `${name} (${erp.agentConnection})` : name };
  };
  const connectionOf = (agentId: string, erpType: TSetupErp["erpType"]) =>
    firstFreeConnection({
      connections: agents.find((a) => a.id === agentId)?.connections ?? [],
      erpType,
      integrationId,
    });
  // A new integration not begun yet starts on its agent's first free connection.
  const [erp, setErp] = useState<TSetupErp>(() => {
    const begun = draft.integration || draft.updated || !options.agentId;
    const start = begun
      ? draft.erp
      : { ...draft.erp, agentConnection: connectionOf(options.agentId, draft.erp.erpType) };
    return named(start, nameEdited);
  });
  return {
    erp,
    /** Another agent chosen: its first free connection of the ERP type. */
    chooseAgent: (agentId: string) =>
      setErp(named({ ...erp, agentConnection: connectionOf(agentId, erp.erpType) }, nameEdited)),
    /** The type, connection or name changed in the step's fields. */
    chooseErp: (chosen: TSetupErp, agentId: string) => {
      const edited = nameEdited || chosen.name !== erp.name;
      setNameEdited(edited);
      const typeChanged = chosen.erpType !== erp.erpType;
      const agentConnection = typeChanged ? connectionOf(agentId, chosen.erpType) : chosen.agentConnection;
      setErp(named({ ...chosen, agentConnection }, edited));
    },
  };
}
