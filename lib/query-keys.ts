// Every TanStack Query key in the app comes from here, so invalidation never misses a spelling.
export const queryKeys = {
  sessions: (subjectId: string) => ["sessions", subjectId] as const,
  addresses: (subjectId: string) => ["addresses", subjectId] as const,
  cards: (subjectId: string) => ["cards", subjectId] as const,
  invoices: (subjectId: string) => ["invoices", subjectId] as const,
  logins: (subjectId: string) => ["logins", subjectId] as const,
  cancellation: (subjectId: string) => ["cancellation", subjectId] as const,
  choices: (subjectId: string) => ["choices", subjectId] as const,
  notices: (subjectId: string) => ["notices", subjectId] as const,
  exportLinks: (subjectId: string) => ["exportLinks", subjectId] as const,
  requests: (subjectId: string) => ["requests", subjectId] as const,
  officeQueue: () => ["officeQueue"] as const,
};
