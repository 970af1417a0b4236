import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { env } from "../../../env.ts";
import { resolveOutboundAddress, type TResolve } from "../../platform/http/outbound-address.ts";
import { errorText } from "../../platform/log.ts";
import { EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from "./sign-webhook.ts";

const TIMEOUT_MS = 10_000;

/**
 * POSTs one signed webhook; throws on anything but a 2xx (a redirect is not followed). The host is
 * resolved here, internal addresses are refused (outbound-address.ts), and the connection goes to
 * the address that was checked: the request's own lookup answers with it (TLS still verifies the
 * host name).
 */
export async function postSigned(options: {
  url: string;
  secret: string;
  event: string;
  body: string;
  /** Tests stand in for DNS; production uses the system resolver. */
  resolve?: TResolve;
}): Promise<void> {
  const url = new URL(options.url);
  const target = await resolveOutboundAddress({
    url,
    allowedHosts: env.WEBHOOK_ALLOWED_HOSTS,
    resolve: options.resolve,
  });
  const pinned: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const signature = signWebhook({ secret: options.secret, body: options.body });
  const status = await new Promise<number>((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(options.body),
        [SIGNATURE_HEADER]: signature,
        [EVENT_HEADER]: options.event,
      },
      lookup: pinned,
      timeout: TIMEOUT_MS,
    });
    request.once("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once("timeout", () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    request.once("error", reject);
    request.end(options.body);
  });
  if (status < 200 || status > 299) throw new Error(`HTTP ${status}`);
}

// A refused connection carries the reason in `cause` (fetch did so; kept for callers' logs).
export function failureText(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? ` (${errorText(error.cause)})` : "";
  return `${errorText(error)}${cause}`;
}
