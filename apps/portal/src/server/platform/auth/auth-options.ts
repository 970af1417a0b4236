import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "../../../env.ts";
import { authenticate } from "./authenticate.ts";
import { CLIENT_ADDRESS_HEADER } from "./client-address.ts";

const ZCredentials = z.object({ email: z.string().max(320), password: z.string().max(1024) });

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const header: unknown = req.headers?.[CLIENT_ADDRESS_HEADER];
        const actor = await authenticate({
          ...parsed.data,
          clientAddress: typeof header === "string" ? header : "unknown",
        });
        return actor ? { id: actor.userId } : null;
      },
    }),
  ],
  callbacks: {
    // The token only names the user; role and company are read fresh on every request
    // (get-actor.ts), so disabling a user or moving them to another company takes effect at once.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
