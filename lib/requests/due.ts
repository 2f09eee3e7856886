import type { requestTypes } from "@/lib/db/schema";

const DAY_MS = 86_400_000;
// Working days are counted on the shop's calendar (Asia/Shanghai: UTC+8 all year, no daylight saving).
const SHOP_OFFSET_MS = 8 * 3_600_000;

// The product's promise: access requests within 10 working days, everything else within 15 days.
export const ACCESS_WORKING_DAYS = 10;
export const OTHER_DAYS = 15;

function isWeekend(instant: number): boolean {
  const day = new Date(instant + SHOP_OFFSET_MS).getUTCDay();
  return day === 0 || day === 6;
}

/** When a request filed at `filedAt` must be answered by. Public holidays are not counted out (weekends are). */
export function dueDate(type: (typeof requestTypes)[number], filedAt: Date): Date {
  if (type !== "access") return new Date(filedAt.getTime() + OTHER_DAYS * DAY_MS);
  let at = filedAt.getTime();
  for (let counted = 0; counted < ACCESS_WORKING_DAYS;) {
    at += DAY_MS;
    if (!isWeekend(at)) counted++;
  }
  return new Date(at);
}
