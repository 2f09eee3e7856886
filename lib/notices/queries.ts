import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { notifications } from "@/lib/db/schema";

export const MAX_NOTICES = 100;

export type NoticeView = {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, string> | null;
  read: boolean;
  createdAt: string;
};

export async function listNotices(db: DbOrTx, subjectId: string): Promise<NoticeView[]> {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, subjectId))
    .orderBy(desc(notifications.createdAt))
    .limit(MAX_NOTICES);
  return rows.map(({ readAt, ...r }) => ({
    ...r,
    read: readAt !== null,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}
