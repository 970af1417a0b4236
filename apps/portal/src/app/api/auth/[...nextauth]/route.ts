import NextAuth from "next-auth";
import { authOptions } from "@/server/platform/auth/auth-options.ts";

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- next-auth v4 types its App Router handler as any.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
