"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createApiKey } from "@/server/channels/api-keys/create-api-key.ts";
import { revokeApiKey } from "@/server/channels/api-keys/revoke-api-key.ts";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { createChannel } from "@/server/channels/sales-channels/create-channel.ts";
import { disableChannel } from "@/server/channels/sales-channels/disable-channel.ts";
import { rotateWebhookSecret } from "@/server/channels/sales-channels/rotate-webhook-secret.ts";
import { updateChannel } from "@/server/channels/sales-channels/update-channel.ts";
import { formText } from "@/server/platform/http/form-text.ts";

/** What the channel form holds, as typed; sent back with errors so nothing typed is lost. */
export type TChannelValues = {
  name: string;
  kind: string;
  priceLevel: string;
  warehouseIds: string[];
  safetyBuffer: string;
  rateLimitPerMinute: string;
  webhookUrl: string;
  /** Empty: unchanged (an edit) or the company's first integration (a new channel). */
  integrationId: string;
};

/** `seq` changes with every answer, so the form re-mounts with the values it carries. */
export type TChannelFormState = {
  seq: number;
  values?: TChannelValues;
  fieldErrors?: TFieldErrors;
  formError?: string;
  saved?: boolean;
  /** A new webhook signing secret: shown once, only here. */
  webhookSecret?: string | null;
};

/** A secret returned once (an API key, a webhook secret), or why it was refused. */
export type TSecretResult = { secret: string } | { fieldErrors?: TFieldErrors; formError?: string };

async function requireActor() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}

async function expected(error: unknown): Promise<{ fieldErrors?: TFieldErrors; formError?: string }> {
  if (!(error instanceof AppError) || error.code === "INTERNAL") throw error;
  return error.fieldErrors ? { fieldErrors: error.fieldErrors } : { formError: await formErrorText(error) };
}

function valuesOf(formData: FormData): TChannelValues {
  const text = (name: string) => formText(formData, name).trim();
  return {
    name: text("name"),
    kind: text("kind"),
    priceLevel: text("priceLevel"),
    warehouseIds: formData.getAll("warehouseIds").map(String),
    safetyBuffer: text("safetyBuffer"),
    rateLimitPerMinute: text("rateLimitPerMinute"),
    webhookUrl: text("webhookUrl"),
    integrationId: text("integrationId"),
  };
}

// An empty number box is "not given": a new channel takes the default, an edit keeps the value.
function inputOf(values: TChannelValues) {
  const number = (text: string) => (text === "" ? undefined : Number(text));
  return {
    name: values.name,
    kind: values.kind,
    priceLevel: number(values.priceLevel),
    warehouseIds: values.warehouseIds.map(Number),
    safetyBuffer: number(values.safetyBuffer),
    rateLimitPerMinute: number(values.rateLimitPerMinute),
    webhookUrl: values.webhookUrl,
    integrationId: values.integrationId || undefined,
  };
}

export async function saveChannelAction(
  companyId: string,
  channelId: string | null,
  state: TChannelFormState,
  formData: FormData,
): Promise<TChannelFormState> {
  const actor = await requireActor();
  const values = valuesOf(formData);
  const seq = state.seq + 1;
  try {
    const input = inputOf(values);
    const { webhookSecret } = channelId
      ? await updateChannel({ actor, companyId, channelId, input })
      : await createChannel({ actor, companyId, input });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { seq, saved: true, webhookSecret, values: channelId ? values : undefined };
  } catch (error) {
    return { seq, values, ...(await expected(error)) };
  }
}

export async function disableChannelAction(companyId: string, channelId: string): Promise<void> {
  await disableChannel({ actor: await requireActor(), companyId, channelId });
  revalidatePath(`/clients/${companyId}`, "layout");
}

export async function rotateWebhookSecretAction(companyId: string, channelId: string): Promise<TSecretResult> {
  const actor = await requireActor();
  try {
    const { webhookSecret } = await rotateWebhookSecret({ actor, companyId, channelId });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { secret: webhookSecret };
  } catch (error) {
    return await expected(error);
  }
}

export async function createApiKeyAction(companyId: string, channelId: string, name: string): Promise<TSecretResult> {
  const actor = await requireActor();
  try {
    const { key } = await createApiKey({ actor, companyId, channelId, input: { name } });
    revalidatePath(`/clients/${companyId}`, "layout");
    return { secret: key };
  } catch (error) {
    return await expected(error);
  }
}

export async function revokeApiKeyAction(companyId: string, apiKeyId: string): Promise<void> {
  await revokeApiKey({ actor: await requireActor(), companyId, apiKeyId });
  revalidatePath(`/clients/${companyId}`, "layout");
}
