"use client";

import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import type { TAgentChoice } from "./integration-form.tsx";
import { CreditHolds } from "./credit-holds.tsx";
import { DocumentWriters } from "./document-writers.tsx";
import { MappingFieldsets } from "./mapping-fieldsets.tsx";
import { SaleDocuments } from "./sale-documents.tsx";
import { SettingsChoices } from "./settings-choices.tsx";
import type { TSettingsForm } from "./settings-form.ts";

/**
 * What only an ERP that takes orders is configured with: the documents, their writers, credit
 * holds and the channel-to-ERP mappings orders are written with.
 */
export function OrderSettings(props: {
  form: TSettingsForm;
  lists: TErpLists | null;
  errors: TFieldErrors;
  agents: TAgentChoice[];
  agentId: string;
  update: <K extends keyof TSettingsForm>(key: K, value: TSettingsForm[K]) => void;
}) {
  const { form, lists, errors, agents, agentId, update } = props;
  return (
    <>
      <SettingsChoices form={form} errors={errors} onChange={update} />
      <DocumentWriters writers={form.writers} errors={errors} onChange={(w) => update("writers", w)} />
      <SaleDocuments
        choice={form}
        writers={form.writers}
        erpServer={agents.find((agent) => agent.id === agentId)?.erpServer ?? null}
        errors={errors}
        onChange={(choice) => {
          update("saleDocuments", choice.saleDocuments);
          update("sqlSalesChosen", choice.sqlSalesChosen);
        }}
      />
      <CreditHolds value={form.creditHolds} errors={errors} onChange={(c) => update("creditHolds", c)} />
      <MappingFieldsets form={form} lists={lists} errors={errors} onChange={update} />
    </>
  );
}
