"use client";
import { useEffect, useState } from "react";

// Whole seconds left until `until` (an ISO time); the clock ticks once a second while there is a target.
export function useCountdown(until: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  const target = until ? new Date(until).getTime() : 0;
  useEffect(() => {
    if (!target) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [target]);
  return Math.max(0, Math.ceil((target - now) / 1000));
}
