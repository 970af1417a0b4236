import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../../apps/portal/src/server/platform/http/read-json-body.ts";

type THandler = (request: Request) => Promise<Response>;

/** The enrollment route as Next serves it: it needs no sign-in, so anyone on the Internet can call it. */
async function enrollRoute(): Promise<THandler> {
  const url = new URL("../../../apps/portal/src/app/api/agents/enroll/route.ts", import.meta.url);
  const module = (await import(/* @vite-ignore */ url.href)) as { POST: THandler };
  return module.POST;
}

/** A body of `total` bytes made on demand, counting how much of it the server pulled. */
function hugeBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const seen = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, seen };
}

describe("POST /api/agents/enroll bodies", () => {
  it("stops reading a 200 MiB body at the cap and answers 413, whatever Content-Length says", async () => {
    const post = await enrollRoute();
    const { stream, seen } = hugeBody(200 * 1024 * 1024);
    const request = new Request("http://portal.test/api/agents/enroll", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await post(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(seen.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * 64 * 1024);
  });

  it("refuses JSON sent as text/plain (a cross-site form's type) with 415", async () => {
    const post = await enrollRoute();
    const body = JSON.stringify({ code: "AAAA-BBBB-CCCC-DDDD", hostname: "h", agentVersion: "1" });
    const response = await post(
      new Request("http://portal.test/api/agents/enroll", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body,
      }),
    );
    expect(response.status).toBe(415);
  });
});
