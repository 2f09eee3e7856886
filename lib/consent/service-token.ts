import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const digest = (value: string) => createHash("sha256").update(value).digest();
const expected = env.SERVICE_API_TOKEN ? digest(env.SERVICE_API_TOKEN) : null;

/**
 * Checks "Authorization: Bearer <token>" against the configured service token. Both sides are hashed first,
 * so the comparison takes the same time whatever was sent, its length included.
 */
export function isServiceToken(authorization: string | null): boolean {
  if (!expected || !authorization) return false;
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!), expected);
}
