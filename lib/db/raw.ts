import "server-only";
import { dbHandle } from "./client";

// The ORM adds a few promise hops per statement, which inside a Next request (where every promise is tracked
// for async context) cost more than the statement itself; the per-page session and overview reads skip it.
export function hotQuery<T>(text: string, params: unknown[]): Promise<T[]> {
  return dbHandle().query<T>(text, params);
}
