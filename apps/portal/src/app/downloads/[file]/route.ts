import { buildBytes, newestBuildNamed } from "@/server/admin/agent-builds/build-download.ts";

export const dynamic = "force-dynamic";

/**
 * The newest stored agent executable of that name, e.g. /downloads/erp-bridge-agent-win-x64.exe,
 * for the client's administrator to fetch on the ERP server. No sign-in: builds are signed and
 * hold no secret (the one-time code is what enrolls). Under /downloads, which the custom server
 * hands to Next like every path but the agent's WebSocket.
 */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const build = /^[A-Za-z0-9._-]+$/.test(file) ? await newestBuildNamed(file) : null;
  if (!build) return new Response(`No agent build named ${file} is stored on this portal.\n`, { status: 404 });
  const parts = buildBytes(build.id);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
  // Streamed (chunked: Next sets no length on a stream); the digest lets a script check the file.
  return new Response(body, {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${build.file}"`,
      "cache-control": "no-cache",
      etag: `"${build.sha256}"`,
      "x-agent-version": build.version,
      "x-content-sha256": build.sha256,
    },
  });
}
