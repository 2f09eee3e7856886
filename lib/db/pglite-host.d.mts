// Types of lib/db/pglite-host.mjs, which stays plain JavaScript so the database's thread can run it unbuilt.
export type HostCall = { id: number; op: string } & Record<string, unknown>;
export type HostReply = {
  id: number;
  value?: unknown;
  error?: Record<string, unknown> & { message: string; name: string };
};

export function openHost(dataDir: string): {
  handle: (message: HostCall, send: (reply: HostReply) => void, client?: number) => void;
  forget: (client: number) => void;
  close: () => Promise<void>;
};
