import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

export const CODE_TTL_MINUTES = 10;
export const MAX_TRIES = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

// Keyed and bound to the challenge: a stolen table does not give the codes away (a million candidates would be
// quick to try against a plain hash), and a code cannot be replayed against another challenge.
export function hashCode(challengeId: string, code: string): string {
  return createHmac("sha256", authSecret()).update(`contact-code:${challengeId}:${code}`).digest("hex");
}

export function codeMatches(challengeId: string, code: string, storedHash: string): boolean {
  const a = Buffer.from(hashCode(challengeId, code), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
