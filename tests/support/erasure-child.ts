// A separate process for the crash test: prepares a due cancellation, erases until a step and then hangs
// (the test kills it there), or reports / finishes. Run with the database in DATABASE_URL or PGLITE_DIR.
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { browsingEvents, cancellations, users } from "@/lib/db/schema";
import { eraseNextDue, erasureSteps } from "@/lib/cancellation/erase";
import { runDueJobs } from "@/lib/jobs/run";

const [mode, userId] = process.argv.slice(2);

async function main() {
  const db = getDb();
  if (mode === "prepare") {
    await migrate();
    const [user] = await db
      .insert(users)
      .values({ username: `crash-${Date.now()}`, email: `crash.${Date.now()}@erase.example`, passwordHash: "x" })
      .returning();
    await db.insert(browsingEvents).values(Array.from({ length: 500 }, () => ({ userId: user!.id })));
    await db.update(users).set({ status: "cancellation_pending" }).where(eq(users.id, user!.id));
    await db.insert(cancellations).values({
      userId: user!.id,
      previousStatus: "active",
      startedAt: sql`now() - interval '20 days'`,
      eraseAfter: sql`now() - interval '5 days'`,
    });
    console.info(JSON.stringify({ userId: user!.id }));
  } else if (mode === "hang") {
    // Halfway through the steps: some of the subject's rows are already deleted inside the open transaction.
    const step = erasureSteps[Math.floor(erasureSteps.length / 2)]!.name;
    await eraseNextDue(db, new Date(), {
      pauseAfter: {
        step,
        onPause: async () => {
          console.info(JSON.stringify({ paused: step }));
          await new Promise(() => {});
        },
      },
    });
  } else if (mode === "state") {
    const [u] = await db.select().from(users).where(eq(users.id, userId!));
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)::int` })
      .from(browsingEvents)
      .where(eq(browsingEvents.userId, userId!))) as [{ n: number }];
    console.info(JSON.stringify({ status: u!.status, email: u!.email, events: n }));
  } else if (mode === "finish") {
    console.info(JSON.stringify(await runDueJobs(db)));
  }
  await closeDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
