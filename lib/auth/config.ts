import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { authSecret, env } from "@/lib/env";
import { clientIp } from "@/lib/access/request";
import { signInSchema } from "./identifier";
import { signInWithPassword, type SignInFailure } from "./sign-in";

// Auth.js passes `code` through to the caller of signIn, which turns it into a specific message.
class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure, retryAfterMinutes?: number) {
    super();
    this.code = retryAfterMinutes ? `${reason}:${retryAfterMinutes}` : reason;
  }
}

// Configured lazily: the secret is read when a request arrives, never at build time.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: env.SESSION_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A refused sign-in is an expected answer, already recorded in sign_in_attempts; only real faults are logged.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      // Reached from our sign-in action and from a direct POST to the callback alike: same checks either way.
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused("invalid");
        const outcome = await signInWithPassword(getDb(), {
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent")?.slice(0, 400) ?? null,
        });
        if (!outcome.ok) throw new SignInRefused(outcome.reason, outcome.retryAfterMinutes);
        return { id: outcome.userId, sid: outcome.sessionId } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // The token carries only ids: everything else is read from the session row on each request.
      if (user) {
        token.sid = (user as { sid?: string }).sid;
        token.sub = user.id;
      }
      return token;
    },
  },
}));
