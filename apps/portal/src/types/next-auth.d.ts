import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The user id from the signed token; role and company are re-read per request. */
    userId?: string;
  }
}
