import "server-only";
import { isChoiceKey } from "./keys";
import { permissionFor } from "./lookup";
import { isServiceToken } from "./service-token";

const headers = { "cache-control": "no-store" };

function answer(status: number, body: unknown, extra: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...headers, ...extra } });
}

/**
 * GET /api/v1/subjects/{id}/permissions?purpose=...: may the shop use this subject's data for this purpose?
 * 401 without the service token; 404 for any id that is not a subject (malformed ones included), so the answer
 * never tells one missing subject from another; 400 for a purpose the shop does not know.
 */
export async function lookupPermission(authorization: string | null, subjectId: string, purpose: string | null) {
  if (!isServiceToken(authorization)) {
    return answer(401, { error: "unauthorized" }, { "www-authenticate": 'Bearer realm="consent"' });
  }
  if (!purpose) return answer(400, { error: "purpose_required" });
  if (!isChoiceKey(purpose)) return answer(400, { error: "unknown_purpose" });
  const permission = await permissionFor(subjectId, purpose);
  if (!permission) return answer(404, { error: "not_found" });
  return answer(200, { subject: subjectId, purpose, ...permission });
}
