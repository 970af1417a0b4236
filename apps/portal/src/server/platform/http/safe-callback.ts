/** Keeps a post-sign-in redirect on this site: an absolute or protocol-relative URL would be an open redirect. */
export function safeCallback(value: string | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://portal.invalid");
    return url.origin === "http://portal.invalid" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
