import { AppError } from "../errors/app-error.ts";
import { fieldProblem } from "../errors/field-problem.ts";

/** Orders are small; a megabyte is far above any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A request's JSON body, read with a size cap: a wrong content type is 415, a body over the cap
 * 413 (read no further than the cap, whatever Content-Length claims), malformed JSON 400. Every
 * route that takes JSON reads it here. Requiring application/json also keeps cookie routes out of
 * reach of cross-site forms: a browser sends that type across sites only after a CORS preflight,
 * which this portal never answers.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: `content type ${type || "(none)"}`,
      userMessage: "Send the body as application/json",
    });
  }
  const tooLarge = new AppError({
    code: "PAYLOAD_TOO_LARGE",
    message: "body too large",
    userMessage: `The body is over ${maxBytes} bytes`,
  });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge;
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError({
      code: "INVALID_INPUT",
      message: "body is not JSON",
      fieldErrors: { _: [fieldProblem("notJson")] },
    });
  }
}
