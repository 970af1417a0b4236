/**
 * The page's `data` exactly as the agent wrote it, cut out of the frame instead of serialised
 * again: the agent frames a page as `{"v":…,"id":…,"type":"result.page","payload":{"commandId":…,
 * "seq":…,"data":DATA}}`. The frame was parsed already (and the page checked against its schema),
 * so the text before DATA is rebuilt from those values and must match byte for byte; anything else
 * (another key order, spacing, extra keys) gets null and the caller serialises the parsed page.
 * What remains between that prefix and the closing `}}` is DATA alone exactly when it is valid
 * JSON by itself (anything after the value would make it invalid), which the `json` column checks
 * on insert.
 */
export function pageBodyOf(options: {
  raw: string;
  v: number;
  id: string;
  commandId: string;
  seq: number;
}): string | null {
  const { raw, v, id, commandId, seq } = options;
  const prefix =
    `{"v":${v},"id":${JSON.stringify(id)},"type":"result.page",` +
    `"payload":{"commandId":${JSON.stringify(commandId)},"seq":${seq},"data":`;
  if (!raw.startsWith(prefix) || !raw.endsWith("}}")) return null;
  const body = raw.slice(prefix.length, -2);
  return body.length > 0 ? body : null;
}
