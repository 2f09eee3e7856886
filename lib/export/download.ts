import "server-only";
import { and, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import type { RequestInfo } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { resolveAccess, type Access } from "@/lib/access/resolver";
import { recordAudit } from "@/lib/audit/record";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import { dbHandle, getDb } from "@/lib/db/client";
import { exportLinks, users, type ExportLink } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/translator";
import { archiveChunks } from "./archive";
import { hashToken, isToken, selectionOf, stateOf } from "./links";
import { sameSelection } from "./schemas";
import { archiveStream } from "./stream";

type Refusal = { status: 401 | 403 | 404 | 410; key: string; reason: string };

function refuse(request: RequestInfo, r: Refusal): Response {
  return Response.json(
    { error: translator(request.locale)(r.key), reason: r.reason },
    { status: r.status, headers: { "cache-control": "no-store" } },
  );
}

// A refused use of someone's link is itself worth a line in the trail.
async function recordRefusal(actor: Actor, link: ExportLink, reason: string) {
  await getDb().transaction((tx) =>
    recordAudit(tx, {
      operation: "data.download",
      outcome: "denied",
      actorId: actor.id,
      subjectId: link.subjectId,
      via: "none",
      targetType: "export_link",
      targetId: link.id,
      detail: { reason },
    }),
  );
}

/**
 * Counts the use and records the download, committed before the first byte is sent: a download that is cut
 * off still used up one of the link's uses. Refuses a revoked, expired or used-up link.
 */
async function claimUse(link: ExportLink, access: Access): Promise<number | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(exportLinks)
      .set({ uses: sql`${exportLinks.uses} + 1`, lastUsedAt: sql`now()` })
      .where(
        and(
          eq(exportLinks.id, link.id),
          isNull(exportLinks.revokedAt),
          gt(exportLinks.expiresAt, sql`now()`),
          lt(exportLinks.uses, env.EXPORT_LINK_MAX_USES),
        ),
      )
      .returning({ uses: exportLinks.uses });
    if (!row) return null;
    await recordAudit(tx, {
      operation: "data.download",
      actorId: access.actor!.id,
      subjectId: link.subjectId,
      via: access.via as "self" | "guardian",
      targetType: "export_link",
      targetId: link.id,
      detail: { use: row.uses, categories: link.categories.length },
    });
    return row.uses;
  });
}

async function check(token: string, query: URLSearchParams, request: RequestInfo) {
  const db = getDb();
  const actor = request.sessionId ? await loadActor(db, request.sessionId) : null;
  if (!actor) return { refusal: { status: 401, key: "errors.unauthenticated", reason: "signed_out" } as Refusal };
  const unknown: Refusal = { status: 404, key: "data.linkUnknown", reason: "unknown" };
  if (!isToken(token)) return { refusal: unknown };
  const [link] = await db
    .select()
    .from(exportLinks)
    .where(eq(exportLinks.tokenHash, hashToken(token)));
  if (!link) return { refusal: unknown };
  const deny = async (r: Refusal) => {
    await recordRefusal(actor, link, r.reason);
    return { refusal: r };
  };
  // Personal: only the person who prepared it, still related to the subject as then, may use it.
  if (link.actorId !== actor.id) return deny({ status: 403, key: "data.linkNotYours", reason: "other_user" });
  let access: Access;
  try {
    access = await resolveAccess(db, "data.download", actor, link.subjectId);
  } catch (e) {
    if (e instanceof AppError) return deny({ status: 403, key: "data.linkNotYours", reason: "no_relation" });
    throw e;
  }
  if (!sameSelection(query, selectionOf(link))) {
    return deny({ status: 403, key: "data.linkTampered", reason: "tampered" });
  }
  if ((await claimUse(link, access)) === null) {
    const state = stateOf(link);
    return deny({ status: 410, key: `data.link.${state === "active" ? "expired" : state}`, reason: state });
  }
  return { link, access };
}

async function whoIs(link: ExportLink) {
  const rows = await getDb()
    .select({ id: users.id, username: users.username, birthDate: users.birthDate })
    .from(users)
    .where(inArray(users.id, [link.subjectId, link.actorId]));
  const subject = rows.find((r) => r.id === link.subjectId)!;
  const actor = rows.find((r) => r.id === link.actorId)!;
  return {
    subject: { id: subject.id, username: subject.username },
    actor: { id: actor.id, username: actor.username },
    subjectIsChild: subject.birthDate ? ageOn(subject.birthDate) < CHILD_AGE : false,
  };
}

/** GET of a download link: every check first, then the archive streamed as it is produced. */
export async function downloadResponse(token: string, query: URLSearchParams, request: RequestInfo): Promise<Response> {
  const checked = await check(token, query, request);
  if ("refusal" in checked) return refuse(request, checked.refusal!);
  const { link, access } = checked;
  const selection = selectionOf(link);
  const who = await whoIs(link);
  const snapshot = await dbHandle().snapshot();
  const t = translator(request.locale);
  const generatedAt = new Date();
  const chunks = archiveChunks({
    reader: snapshot,
    subjectId: link.subjectId,
    selection,
    people: { ...who, via: access.via as "self" | "guardian" },
    locale: request.locale,
    generatedAt,
    zipLevel: env.EXPORT_ZIP_LEVEL,
    yesNo: [t("archive.yes"), t("archive.no")],
  });
  const day = generatedAt.toISOString().slice(0, 10);
  return new Response(archiveStream(chunks, snapshot.release), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="personal-data-${day}.zip"`,
      "cache-control": "no-store",
      // Counted when the link was prepared: enough for a progress display, and the first byte need not wait for
      // a count. The manifest, written last, has the exact figures.
      "x-export-rows": String(link.expectedRows),
    },
  });
}
