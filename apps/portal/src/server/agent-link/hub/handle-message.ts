import { CLOSE_CODES, dispatchMessage, ZEnvelope, type TError, type THandlers } from "@erp-bridge/shared";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";
import { HUB_INBOUND } from "./catalogs.ts";
import { commandHandlers } from "./command-handlers.ts";
import { completeHandshake, rejectVersion } from "./handshake.ts";
import type { HubContext } from "./hub-context.ts";
import { updateHandlers } from "./update-handlers.ts";
import { versionMismatch } from "./version-mismatch.ts";

type TDecodeFailure = { error: TError; refId?: string };

/** More than this many malformed messages in a row and the connection is closed (4009). */
const MAX_BAD_MESSAGES = 20;

/** Parses one frame and runs its handler. Malformed input gets an `error` back, never an exception. */
export async function handleMessage(options: { ctx: HubContext; session: AgentSession; raw: string }): Promise<void> {
  const { ctx, session, raw } = options;
  const handlers: THandlers<typeof HUB_INBOUND, Promise<void>> = {
    hello: async (hello, meta) => {
      if (session.state === "handshake") return completeHandshake({ ctx, session, hello });
      session.send("error", { code: "INVALID_PAYLOAD", message: "hello was already received", refId: meta.id });
    },
    ...commandHandlers({ session, raw }),
    ...updateHandlers({ session }),
  };
  const result = dispatchMessage({ catalog: HUB_INBOUND, handlers, raw });
  if (!result.ok) return onBad({ session, raw, failure: result });
  session.badMessages = 0;
  await result.value;
}

function onBad(options: { session: AgentSession; raw: string; failure: TDecodeFailure }): void {
  const { session, failure } = options;
  log("warn", "bad agent message", { ...session.logFields, code: failure.error.code, message: failure.error.message });
  if (session.state === "handshake") {
    // A newer agent may frame even its hello in a version we cannot read: still tell it clearly.
    const version = failure.error.code === "UNSUPPORTED_VERSION" ? envelopeVersion(options.raw) : null;
    const mismatch = version === null ? null : versionMismatch(version);
    if (mismatch) return rejectVersion({ session, message: mismatch });
    session.send("error", { ...failure.error, refId: failure.refId });
    return session.close(CLOSE_CODES.HANDSHAKE_FAILED, "the first message must be a valid hello");
  }
  session.send("error", { ...failure.error, refId: failure.refId });
  session.badMessages += 1;
  if (session.badMessages > MAX_BAD_MESSAGES) session.close(CLOSE_CODES.PROTOCOL_ERROR, "too many malformed messages");
}

function envelopeVersion(raw: string): number | null {
  try {
    const envelope = ZEnvelope.safeParse(JSON.parse(raw));
    return envelope.success ? envelope.data.v : null;
  } catch {
    return null;
  }
}
