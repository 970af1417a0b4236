/**
 * Headers on every answer the portal gives (pages, API, downloads), set by the HTTP server before
 * Next sees the request:
 * - no page may be framed by another site (clickjacking): CSP frame-ancestors, and
 *   X-Frame-Options for browsers that predate it;
 * - browsers must not guess a type other than the one sent (a CSV served as HTML);
 * - other sites learn the origin at most, never a path with a company id in it;
 * - over https, browsers keep to https for a year (HSTS); over http it would be meaningless.
 */
export function securityHeaders(options: { publicUrl: string }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (new URL(options.publicUrl).protocol === "https:") {
    headers["Strict-Transport-Security"] = "max-age=31536000";
  }
  return headers;
}
