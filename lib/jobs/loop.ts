import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { outsideRequests } from "@/lib/server/outside-requests";
import { runDueJobs } from "./run";

const key = Symbol.for("personal-center.jobs-loop");
type State = { timer: ReturnType<typeof setInterval> | null; running: boolean };
const state = () => ((globalThis as typeof globalThis & { [key]?: State })[key] ??= { timer: null, running: false });

/**
 * Starts this instance's scheduler on its first request (the app has no other start hook inside Next), outside
 * that request's async context, which the timer would otherwise carry into every pass.
 * A pass never overlaps the previous one here; across instances the jobs' own claims keep work single.
 */
export function ensureJobLoop(): void {
  const s = state();
  if (s.timer || !env.JOBS) return;
  outsideRequests(() => {
    s.timer = setInterval(() => void runPass(), env.JOBS_INTERVAL_SECONDS * 1000);
    s.timer.unref();
    void runPass();
  });
}

export async function runPass() {
  const s = state();
  if (s.running) return null;
  s.running = true;
  try {
    return await runDueJobs(getDb());
  } catch (e) {
    console.error("scheduled work failed; the next pass retries", e instanceof Error ? e.message : e);
    return null;
  } finally {
    s.running = false;
  }
}
