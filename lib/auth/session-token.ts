import "server-only";
import { hkdf } from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import { authSecret } from "@/lib/env";

// Reads the session id out of the Auth.js session cookie (a JWE made with a key derived from the secret).
// Decryption costs more than the rest of a page, so a bounded cache remembers which token names which
// session until the token expires. Only the mapping is cached: revocation is still read from the
// session row on every request.
const keys = new Map<string, Promise<Uint8Array>>();
const decoded = new Map<string, { sid: string | null; expiresAt: number }>();
const MAX_CACHED = 10_000;

function keyFor(salt: string, enc: string): Promise<Uint8Array> {
  const id = `${salt}|${enc}`;
  let key = keys.get(id);
  if (!key) {
    key = hkdf("sha256", authSecret(), salt, `Auth.js Generated Encryption Key (${salt})`, enc === "A256GCM" ? 32 : 64);
    keys.set(id, key);
  }
  return key;
}

async function decrypt(token: string, cookieName: string): Promise<{ sid: string | null; expiresAt: number }> {
  try {
    const { payload } = await jwtDecrypt(token, ({ enc }) => keyFor(cookieName, enc), {
      clockTolerance: 15,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"],
    });
    const sid = typeof payload.sid === "string" ? payload.sid : null;
    return { sid, expiresAt: (payload.exp ?? 0) * 1000 };
  } catch {
    // Tampered, expired, or made with another secret: the visitor is simply signed out.
    return { sid: null, expiresAt: Date.now() + 60_000 };
  }
}

export async function sessionIdFromToken(token: string, cookieName: string): Promise<string | null> {
  const key = `${cookieName}|${token}`;
  const hit = decoded.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.sid;
  const result = await decrypt(token, cookieName);
  if (decoded.size >= MAX_CACHED) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, result);
  return result.expiresAt > Date.now() ? result.sid : null;
}
