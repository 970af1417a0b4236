import { describe, expect, it } from "vitest";
import { disableUser } from "../../apps/portal/src/server/admin/users/disable-user.ts";
import { setPassword } from "../../apps/portal/src/server/admin/users/set-password.ts";
import {
  actorForSession,
  currentSessionVersion,
  endSessions,
} from "../../apps/portal/src/server/platform/auth/session-version.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { makeUser } from "../support/factories.ts";

/**
 * A cookie as sign-in makes it (auth-options.ts writes the current version into the token; the
 * e2e sign-in spec proves that wiring and sign-out through the real pages).
 */
async function signedInCookie(userId: string) {
  return { userId, sessionVersion: await currentSessionVersion(userId) };
}

describe("sessions end when they should", () => {
  it("a cookie works until its sessions are ended (sign-out), then never again", async () => {
    const user = await makeUser({ role: "STAFF" });
    const cookie = await signedInCookie(user.id);
    expect(await actorForSession(cookie)).toMatchObject({ userId: user.id });

    await endSessions({ where: { id: user.id } });
    expect(await actorForSession(cookie)).toBeNull();
    // Signing in again gives a cookie that works.
    expect(await actorForSession(await signedInCookie(user.id))).toMatchObject({ userId: user.id });
  });

  it("a password change ends every session of the user", async () => {
    const user = await makeUser({ role: "STAFF" });
    const cookie = await signedInCookie(user.id);
    await setPassword({ email: user.email, password: "a-brand-new-password" });
    expect(await actorForSession(cookie)).toBeNull();
  });

  it("disabling ends the sessions, and enabling again does not revive them", async () => {
    const user = await makeUser({ role: "STAFF" });
    const cookie = await signedInCookie(user.id);
    await disableUser({ email: user.email });
    expect(await actorForSession(cookie)).toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await actorForSession(cookie)).toBeNull();
    expect(await currentSessionVersion(user.id)).toBe((cookie.sessionVersion ?? 0) + 1);
  });

  it("a cookie made before session versions existed is refused", async () => {
    const user = await makeUser({ role: "STAFF" });
    expect(await actorForSession({ userId: user.id, sessionVersion: undefined })).toBeNull();
  });
});
