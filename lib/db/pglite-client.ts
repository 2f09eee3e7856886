import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { HostReply as Reply } from "./pglite-host.mjs";

type Result = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type QueryOptions = { rowMode?: "array" | "object"; parsers?: object };
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** What Drizzle's PGlite driver uses of a client, for the client itself and for a transaction. */
type Queryable = { query: (text: string, params?: unknown[], options?: QueryOptions) => Promise<Result> };

/** How operations reach the database's host (lib/db/pglite-host.mjs) and its replies come back. */
type Channel = {
  post: (message: Record<string, unknown>) => void;
  // `fail` is for a host that has stopped: every call then fails with that error.
  listen: (onReply: (reply: Reply) => void, fail: (error: Error) => void) => void;
  // Whether a call in flight keeps the process alive.
  busy: (busy: boolean) => void;
  // Whether this client may close the database itself (the supervisor's stays open for its other processes).
  ownsHost: boolean;
  close: () => Promise<void>;
};

/** The tag of the database's messages on the channel between `npm start`'s supervisor and a server process. */
export const SUPERVISOR_TAG = "pc-db";
/** Set by `npm start` for its server processes when it holds the embedded database for them. */
export const SUPERVISOR_ENV = "PC_EMBEDDED_DB_SUPERVISOR";

function threadChannel(dataDir: string): Channel {
  // The production build recognises this and bundles the worker as a chunk of its own; the CLI and the tests
  // run the file as it is, which is why it is plain JavaScript.
  const worker = new Worker(path.join(process.cwd(), "lib", "db", "pglite-worker.mjs"), { workerData: { dataDir } });
  // Like an in-process database, an idle thread does not keep the process alive; a call in flight does.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, fail) => {
      worker.on("message", onReply);
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`the embedded database stopped (exit code ${code})`)));
    },
    busy: (busy) => (busy ? worker.ref() : worker.unref()),
    ownsHost: true,
    close: async () => void (await worker.terminate()),
  };
}

function supervisorChannel(): Channel {
  const send = process.send?.bind(process);
  if (!send) throw new Error("this process was not started by `npm start`, which holds the embedded database");
  return {
    post: (message) => send({ [SUPERVISOR_TAG]: message }),
    listen: (onReply, fail) => {
      process.on("message", (message) => {
        const reply = (message as Record<string, Reply> | null)?.[SUPERVISOR_TAG];
        if (reply) onReply(reply);
      });
      process.on("disconnect", () => fail(new Error("the embedded database stopped (its supervisor has gone)")));
    },
    // The server keeps the process alive; the channel is the supervisor's to close.
    busy: () => {},
    ownsHost: false,
    close: async () => {},
  };
}

/**
 * The embedded database with the part of PGlite's API that Drizzle and this app call, run outside the thread
 * that renders pages: on a thread of its own (`onThread`), or in `npm start`'s supervisor, which serves every
 * server process it starts (`viaSupervisor`). Either way queries, their parsing and the database's file reads no
 * longer take turns with rendering: on a page view that was about a tenth of the server's work.
 */
export class PGliteClient implements Queryable {
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;
  private failure: Error | null = null;
  private closing = false;

  static onThread(dataDir: string) {
    return new PGliteClient(threadChannel(dataDir));
  }

  static viaSupervisor() {
    return new PGliteClient(supervisorChannel());
  }

  private constructor(private readonly channel: Channel) {
    channel.listen(
      (reply) => this.settle(reply),
      (error) => this.fail(error),
    );
  }

  query(text: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number): Promise<Result> {
    // Drizzle passes parsers that keep dates as text; the host applies the same ones (functions cannot cross).
    return this.call({ op: "query", text, params, rowMode: options.rowMode, drizzle: Boolean(options.parsers), tx });
  }

  /** A named prepared statement for the hot per-page reads (see the host). */
  hot<T>(text: string, params: unknown[]): Promise<T[]> {
    return this.call({ op: "hot", text, params });
  }

  async transaction<T>(callback: (tx: Queryable) => Promise<T>): Promise<T> {
    const tx = await this.call<number>({ op: "begin" });
    let result: T;
    try {
      result = await callback({ query: (text, params, options) => this.query(text, params, options, tx) });
    } catch (e) {
      await this.call({ op: "end", tx, commit: false }).catch(() => {});
      throw e;
    }
    await this.call({ op: "end", tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (!this.failure && this.channel.ownsHost) await this.call({ op: "close" });
    await this.channel.close();
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.lastId;
    if (this.pending.size === 0) this.channel.busy(true);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.channel.post({ ...message, id });
    });
  }

  private settle({ id, value, error }: Reply) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.channel.busy(false);
    if (error) waiting.reject(Object.assign(new Error(error.message), error));
    else waiting.resolve(value);
  }

  private fail(error: Error) {
    // Every later call is refused with this error; the operator needs to hear of it at once.
    if (!this.closing && !this.failure) console.error("the embedded database stopped:", error);
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }
}
