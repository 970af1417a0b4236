import type { TSetupSamples } from "@/server/erp-data/setup/setup-steps.ts";

/** The sample codes and order as the wizard edits them: typed numbers stay text until sent. */
export type TSamplesForm = {
  codes: string;
  order: Omit<TSetupSamples["order"], "quantity" | "unitGross"> & { quantity: string; unitGross: string };
};

export function toSamplesForm(samples: TSetupSamples): TSamplesForm {
  return {
    codes: samples.codes.join("\n"),
    order: { ...samples.order, quantity: String(samples.order.quantity), unitGross: String(samples.order.unitGross) },
  };
}

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text.replace(",", ".")));

/** One code per line (or separated by commas); the server checks each. */
export function fromSamplesForm(form: TSamplesForm) {
  return {
    codes: form.codes
      .split(/[\n,]/)
      .map((code) => code.trim())
      .filter((code) => code !== ""),
    order: {
      ...form.order,
      quantity: numberOrNull(form.order.quantity),
      unitGross: numberOrNull(form.order.unitGross),
    },
  };
}
