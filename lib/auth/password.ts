import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown accounts still pay for one verification, so timing does not tell which accounts exist.
  const target = passwordHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  return (dummy ??= hash("not-a-real-password", OPTIONS));
}
