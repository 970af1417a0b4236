import { AppError } from "../errors/app-error.ts";
import { fieldProblem } from "../errors/field-problem.ts";

/** Orders are small; a megabyte is far above any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request's body and the headers that say what it is: from a web Request or Node's own request. */
export type TJsonSource = {
  contentType: string | null;
  contentLength: string | null;
  /** The body's bytes, read until they end or pass the cap. */
  chunks: AsyncIterable<Uint8Array> | null;
};

export function jsonSourceOf(request: Request): TJsonSource {
  return {
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
    chunks: request.body && chunksOf(request.body),
  };
}

/** A web stream's chunks; stopping early cancels it. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    await reader.cancel();
  }
}

/** readJson for a web Request (Next's route handlers). */
export function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  return readJson(jsonSourceOf(request), maxBytes);
}

/**
 * A request's JSON body, read with a size cap: a wrong content type is 415, a body over the cap
 * 413 (read no further than the cap, whatever Content-Length claims), malformed JSON 400. Every
 * route that takes JSON reads it here. Requiring application/json also keeps cookie routes out of
 * reach of cross-site forms: a browser sends that type across sites only after a CORS preflight,
 * which this portal never answers.
 */
export async function readJson(source: TJsonSource, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = source.contentType ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: `content type ${type || "(none)"}`,
      userMessage: "Send the body as application/json",
    });
  }
  // Made only when thrown: an error captures its stack, which every order paid for (bench:intake's profile).
  const tooLarge = () =>
    new AppError({
      code: "PAYLOAD_TOO_LARGE",
      message: "body too large",
      userMessage: `The body is over ${maxBytes} bytes`,
    });
  if (Number(source.contentLength ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.chunks ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
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
