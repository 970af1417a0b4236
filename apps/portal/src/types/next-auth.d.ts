import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The user id from the signed token; role and company are re-read per request. */
    userId?: string;
    /** The user's session version at sign-in (session-version.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
