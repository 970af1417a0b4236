"use client";

import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { suggestMappings } from "@/server/erp-data/setup/suggest-mappings.ts";
import { DEFAULT_SETTINGS } from "@/server/settings/integration-settings.ts";
import { toSettingsForm, type TSettingsForm } from "../integration/settings-form.ts";
import type { TSetupAgent } from "./agent-step.tsx";
import type { TSamplesForm } from "./samples-form.ts";

/**
 * Step 5 starts from suggestions when nothing is mapped yet: the ERP's own VAT rates and units,
 * common payment and delivery methods, pickup in the showrooms; and a sample order that uses them.
 * Whether they were made, for the page to say so.
 */
export function useMappingSuggestions(options: {
  step: string;
  lists: TErpLists | null;
  form: TSettingsForm;
  setForm: Dispatch<SetStateAction<TSettingsForm>>;
  samples: TSamplesForm;
  setSamples: (samples: TSamplesForm) => void;
  codes: string[];
  agent: TSetupAgent | undefined;
}): boolean {
  const { step, lists, form, setForm, samples, setSamples, codes, agent } = options;
  const [suggested, setSuggested] = useState(false);
  useEffect(() => {
    const unmapped = (["vatMapping", "unitMapping", "paymentMethods", "deliveryMethods"] as const).every(
      (key) => form[key].length === 0,
    );
    if (step !== "workflow" || !lists || !unmapped || suggested) return;
    const rows = toSettingsForm({
      ...DEFAULT_SETTINGS,
      ...suggestMappings({ vatRates: lists.vatRates, units: lists.units, warehouses: form.warehouses }),
    });
    const { vatMapping, unitMapping, paymentMethods, deliveryMethods } = rows;
    // On the sandbox (the demo) our writer keeps issuing sale documents; elsewhere Subiekt does.
    const saleDocuments = agent?.erpServer === "sandbox" ? "writer" : "erp";
    setForm((current) => ({ ...current, vatMapping, unitMapping, paymentMethods, deliveryMethods, saleDocuments }));
    const order = samples.order;
    setSamples({
      ...samples,
      order: {
        ...order,
        code: order.code || (codes[0] ?? ""),
        deliveryMethod: order.deliveryMethod || (deliveryMethods[0]?.channelCode ?? ""),
        paymentMethod: order.paymentMethod || (paymentMethods[0]?.channelCode ?? ""),
      },
    });
    setSuggested(true);
  }, [step, lists, form, setForm, samples, setSamples, codes, suggested, agent]);
  return suggested;
}
