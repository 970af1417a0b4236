import type { TOrderInput } from "@erp-bridge/shared";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { acceptCheckedOrder, checkOrderInput } from "../../orders/accept-order.ts";
import { intakeContextSql, toIntakeContext, type TIntakeContext } from "../../orders/read-intake-context.ts";
import type { TApiAnswer } from "../../platform/http/error-answer.ts";
import { readJson, type TJsonSource } from "../../platform/http/read-json-body.ts";
import { apiKeyHashOf } from "../api-keys/authenticate-api-key.ts";
import { forgetApiKey, isKnownApiKey, rememberApiKey } from "../api-keys/known-api-keys.ts";
import { answerChannelApi, type TChannelApiResult } from "./answer-channel-api.ts";

/**
 * An order's answer is a few kilobytes at most: gzipping each costs the portal more CPU than it
 * saves on the wire (a tenth of the intake's time in bench:intake), so it is sent as it is.
 */
const UNCOMPRESSED = { "Cache-Control": "no-store, no-transform" };

type TIntakeRequest = { authorization: string | null; url: URL; body: TJsonSource };

/**
 * `POST /api/v1/orders`: 201 with the new order; 200 with the stored one when its externalId came
 * before. The one intake, whichever server answers it: the custom server's own
 * (serve-order-intake.ts) or Next's route handler.
 *
 * For a key this process has seen pass (known-api-keys.ts: every key after its first request here)
 * the body is read and checked before the key, so that what the order is decided with
 * (intakeContextSql) is read by the key's own statement: two round trips to PostgreSQL an order
 * (that statement, the insert) instead of three, where each one was the portal's largest cost
 * (bench:intake's CPU profile: its socket writes). Any other request (no key, a malformed or unknown
 * one, a key's first here) has its key checked first and its body read only once the key passed, so
 * no caller without a valid key makes the portal read up to a megabyte. Either way the answers are
 * those of every channel route: 401, then 429, then the body's 415/413/400, then the order's own.
 */
export async function answerOrderIntake(options: TIntakeRequest): Promise<TApiAnswer> {
  const keyHash = apiKeyHashOf(options.authorization);
  if (keyHash === null || !isKnownApiKey(keyHash)) return answerKeyFirst(options, keyHash);
  const checked = await checkedBody(options.body);
  const answer = await answerChannelApi({
    authorization: options.authorization,
    url: options.url,
    params: {},
    ...("input" in checked && { readAlong: (channel) => intakeContextSql({ channel, input: checked.input }) }),
    route: async (ctx) => {
      if ("refusal" in checked) throw checked.refusal;
      return acceptedOrder({ channel: ctx.channel, input: checked.input, along: ctx.along });
    },
  });
  // Revoked (or its channel disabled) since it passed: its next body is read only once it passes again.
  if (answer.status === 401) forgetApiKey(keyHash);
  return answer;
}

/** The key's statement first (no read along), the body only for a key that passed: one round trip more. */
function answerKeyFirst(options: TIntakeRequest, keyHash: string | null): Promise<TApiAnswer> {
  return answerChannelApi({
    authorization: options.authorization,
    url: options.url,
    params: {},
    route: async (ctx) => {
      if (keyHash !== null) rememberApiKey(keyHash);
      const input = checkOrderInput(await readJson(options.body));
      return acceptedOrder({ channel: ctx.channel, input, along: null });
    },
  });
}

/** `along`: the context read in the key's statement (null: acceptCheckedOrder reads it). */
async function acceptedOrder(options: {
  channel: TApiChannel;
  input: TOrderInput;
  along: unknown;
}): Promise<TChannelApiResult> {
  const context: TIntakeContext | null = options.along === null ? null : toIntakeContext(options.along);
  const { created, order } = await acceptCheckedOrder({ channel: options.channel, input: options.input, context });
  return { status: created ? 201 : 200, body: { order }, headers: UNCOMPRESSED };
}

/** The order a body holds, or why it is refused (answered once the key has passed). */
async function checkedBody(body: TJsonSource): Promise<{ input: TOrderInput } | { refusal: unknown }> {
  try {
    return { input: checkOrderInput(await readJson(body)) };
  } catch (refusal) {
    return { refusal };
  }
}
