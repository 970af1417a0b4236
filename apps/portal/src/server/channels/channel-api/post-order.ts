import type { TOrderInput } from "@erp-bridge/shared";
import { acceptCheckedOrder, checkOrderInput } from "../../orders/accept-order.ts";
import { intakeContextSql, toIntakeContext } from "../../orders/read-intake-context.ts";
import type { TApiAnswer } from "../../platform/http/error-answer.ts";
import { readJson, type TJsonSource } from "../../platform/http/read-json-body.ts";
import { mayCarryApiKey } from "../api-keys/authenticate-api-key.ts";
import { answerChannelApi } from "./answer-channel-api.ts";

/**
 * An order's answer is a few kilobytes at most: gzipping each costs the portal more CPU than it
 * saves on the wire (a tenth of the intake's time in bench:intake), so it is sent as it is.
 */
const UNCOMPRESSED = { "Cache-Control": "no-store, no-transform" };

/**
 * `POST /api/v1/orders`: 201 with the new order; 200 with the stored one when its externalId came
 * before. The one intake, whichever server answers it: the custom server's own
 * (serve-order-intake.ts) or Next's route handler.
 *
 * The body is read and checked before the API key, so that what the order is decided with
 * (intakeContextSql) is read by the key's own statement: two round trips to PostgreSQL an order
 * (that statement, the insert) instead of three, where each one was the portal's largest cost
 * (bench:intake's CPU profile: its socket writes). The answers stay as on every channel route: a
 * refused body is answered only once the key passed its check and its limit (401 and 429 first).
 * A request whose Authorization cannot carry a key at all gets its 401 without its body being read.
 */
export async function answerOrderIntake(options: {
  authorization: string | null;
  url: URL;
  body: TJsonSource;
}): Promise<TApiAnswer> {
  // A request that cannot carry a key is refused (401) before its body is read: no caller without a
  // key makes the portal parse up to a megabyte. (Its `refusal` is never reached: the key check fails.)
  const checked = mayCarryApiKey(options.authorization) ? await checkedBody(options.body) : NOT_READ;
  return answerChannelApi({
    authorization: options.authorization,
    url: options.url,
    params: {},
    ...("input" in checked && { readAlong: (channel) => intakeContextSql({ channel, input: checked.input }) }),
    route: async (ctx) => {
      if ("refusal" in checked) throw checked.refusal;
      const context = ctx.along === null ? null : toIntakeContext(ctx.along);
      const { created, order } = await acceptCheckedOrder({ channel: ctx.channel, input: checked.input, context });
      return { status: created ? 201 : 200, body: { order }, headers: UNCOMPRESSED };
    },
  });
}

const NOT_READ = { refusal: new Error("the body of a request without a key is not read") };

/** The order a body holds, or why it is refused (answered once the key has passed). */
async function checkedBody(body: TJsonSource): Promise<{ input: TOrderInput } | { refusal: unknown }> {
  try {
    return { input: checkOrderInput(await readJson(body)) };
  } catch (refusal) {
    return { refusal };
  }
}
