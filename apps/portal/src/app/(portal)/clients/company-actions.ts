"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { formErrorText } from "@/app/(portal)/_components/form-error-text.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { createCompany } from "@/server/admin/companies/create-company.ts";
import { updateCompany } from "@/server/admin/companies/update-company.ts";
import { formText } from "@/server/platform/http/form-text.ts";

export type TCompanyFormState = {
  fieldErrors?: TFieldErrors;
  formError?: string;
  saved?: boolean;
  values?: Record<string, string>;
};

function valuesOf(formData: FormData): Record<string, string> {
  return {
    name: formText(formData, "name"),
    nip: formText(formData, "nip"),
    email: formText(formData, "email"),
  };
}

/** Expected failures go back to the form with what was typed; anything else is a real error. */
async function toFormState(error: unknown, values: Record<string, string>): Promise<TCompanyFormState> {
  if (error instanceof AppError && error.fieldErrors) return { fieldErrors: error.fieldErrors, values };
  if (error instanceof AppError) return { formError: await formErrorText(error), values };
  throw error;
}

export async function createCompanyAction(_state: TCompanyFormState, formData: FormData): Promise<TCompanyFormState> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const values = valuesOf(formData);
  let companyId: string;
  try {
    companyId = (await createCompany({ actor, input: values })).id;
  } catch (error) {
    return await toFormState(error, values);
  }
  revalidatePath("/clients");
  redirect(`/clients/${companyId}`);
}

export async function updateCompanyAction(
  companyId: string,
  _state: TCompanyFormState,
  formData: FormData,
): Promise<TCompanyFormState> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  const values = valuesOf(formData);
  try {
    await updateCompany({ actor, companyId, input: values });
  } catch (error) {
    return await toFormState(error, values);
  }
  revalidatePath("/clients");
  return { saved: true, values };
}
