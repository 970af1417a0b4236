import { CommandError } from "../../../../errors/command-error.ts";
import type { TBridgeError } from "../bridge-messages.ts";

/**
 * What a failed bridge call tells the portal. Sfera refusing the save (REFUSED) becomes
 * ERP_REFUSED with Sfera's own words unchanged: staff act on them, and they are what Subiekt
 * shows an operator for the same save. Whatever may pass (the bridge down, starting, timed out,
 * Subiekt's session lost, a locked object) is ERP_UNAVAILABLE, which the portal retries: every
 * write is keyed, so the retry returns the document if the first attempt saved it. A
 * non-retryable answer other than a refusal (a call the bridge cannot take) will not heal by
 * itself either, so it is refused too, naming the bridge's code.
 */
export function bridgeCommandError(error: TBridgeError): CommandError {
  if (error.code === "REFUSED") return new CommandError({ code: "ERP_REFUSED", message: error.message });
  if (error.retryable) {
    return new CommandError({ code: "ERP_UNAVAILABLE", message: `Sfera (${error.code}): ${error.message}` });
  }
  return new CommandError({ code: "ERP_REFUSED", message: `Sfera bridge (${error.code}): ${error.message}` });
}
