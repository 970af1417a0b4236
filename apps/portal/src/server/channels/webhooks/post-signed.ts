import { errorText } from "../../platform/log.ts";
import { EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from "./sign-webhook.ts";

const TIMEOUT_MS = 10_000;

/** POSTs one signed webhook; throws on anything but a 2xx (a redirect is not followed). */
export async function postSigned(options: { url: string; secret: string; event: string; body: string }) {
  const signature = signWebhook({ secret: options.secret, body: options.body });
  const response = await fetch(options.url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature, [EVENT_HEADER]: options.event },
    body: options.body,
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

// fetch reports a refused connection as "fetch failed" with the reason in `cause`.
export function failureText(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? ` (${errorText(error.cause)})` : "";
  return `${errorText(error)}${cause}`;
}
