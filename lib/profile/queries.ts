import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { users } from "@/lib/db/schema";

export type ProfileView = {
  username: string;
  nickname: string;
  gender: string | null;
  birthDate: string | null;
  interests: string[];
  version: number;
};

export async function loadProfile(db: DbOrTx, subjectId: string): Promise<ProfileView | null> {
  const [row] = await db
    .select({
      username: users.username,
      nickname: users.nickname,
      gender: users.gender,
      birthDate: users.birthDate,
      interests: users.interests,
      version: users.version,
    })
    .from(users)
    .where(eq(users.id, subjectId));
  return row ? { ...row, nickname: row.nickname ?? row.username } : null;
}
