/**
 * Signs in to a running portal over HTTP as a browser would (next-auth's credentials flow: a CSRF
 * token, then the callback) and returns the Cookie header that carries the session.
 */
export async function signInOverHttp(options: { baseUrl: string; email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${options.baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  const answer = await fetch(`${options.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: options.email, password: options.password, json: "true" }),
  });
  const session = cookies(answer).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in refused (${answer.status}): no session cookie`);
  return session;
}
