// Only a path on this site may follow sign-in; anything else (//evil.example, https://...) goes to the overview.
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
