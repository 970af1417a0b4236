import { getDb } from "../../platform/database/db.ts";
import { readSettings, type TIntegrationSettings } from "../../settings/integration-settings.ts";

type TChosen = TIntegrationSettings["productCustomFields"];

/** The custom product fields the channel's integration publishes to its channels (none without one). */
export async function chosenCustomFields(options: { integrationId: string | null }): Promise<TChosen> {
  const integration =
    options.integrationId &&
    (await getDb().integration.findUnique({ where: { id: options.integrationId }, select: { settings: true } }));
  return integration ? readSettings(integration.settings).productCustomFields : [];
}

/**
 * A product's chosen custom fields under their published names, from the copy's customFields
 * (the ERP's fields by number: { "1": "Fiskars", "2": null, ... }). A field never chosen is left
 * out, whatever it holds: it may be an internal note.
 */
export function pickCustomFields(options: { stored: unknown; chosen: TChosen }): Record<string, string | null> {
  const stored = typeof options.stored === "object" && options.stored !== null ? options.stored : {};
  const values = stored as Record<string, unknown>;
  return Object.fromEntries(
    options.chosen.map(({ field, name }) => {
      const value = values[String(field)];
      return [name, typeof value === "string" ? value : null];
    }),
  );
}
