import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { createAccount } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";
import { verifyPassword } from "@/lib/auth/password";
import { assets, users } from "@/lib/db/schema";
import { createUser, requestAs } from "../support/factories";

const form = (over: Record<string, unknown> = {}) =>
  signUpSchema.parse({
    username: "newbie",
    email: "newbie@example.com",
    password: "a long pass phrase",
    birthDate: "1995-04-03",
    acceptPolicy: "on",
    ...over,
  });

describe("creating an account", () => {
  it("stores an argon2id hash, never the password, and starts with empty assets", async () => {
    const { userId, status } = await createAccount(getDb(), form());
    expect(status).toBe("active");
    const [user] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.nickname).toBe("newbie");
    expect(await verifyPassword(user!.passwordHash, "a long pass phrase")).toBe(true);
    expect(await getDb().select().from(assets).where(eq(assets.userId, userId))).toHaveLength(1);
  });

  it("keeps a child's account waiting for a guardian", async () => {
    const birth = new Date();
    birth.setUTCFullYear(birth.getUTCFullYear() - 10);
    const { status } = await createAccount(getDb(), form({ birthDate: birth.toISOString().slice(0, 10) }));
    expect(status).toBe("pending_consent");
  });

  it("refuses a taken email, in any case, naming the field", async () => {
    await createUser({ email: "taken@example.com" });
    const error = await createAccount(getDb(), form({ email: "TAKEN@example.com" })).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fields).toEqual({ email: ["validation.taken.email"] });
  });

  it("through the action, refuses hostile input field by field and writes nothing", async () => {
    const { signUp } = await import("@/lib/auth/operations");
    const result = await runAction(
      signUp,
      {
        username: "<img src=x onerror=alert(1)>",
        email: "a@b",
        password: 12345,
        birthDate: "tomorrow",
        extra: "x".repeat(100_000),
      },
      requestAs(null),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(Object.keys(result.error.fields!)).toEqual(
      expect.arrayContaining(["username", "email", "password", "birthDate", "acceptPolicy"]),
    );
    expect(result.error.fields!.username).toEqual(["Use letters, digits, dots, dashes and underscores only."]);
    expect(await getDb().select().from(users)).toHaveLength(0);
  });
});
