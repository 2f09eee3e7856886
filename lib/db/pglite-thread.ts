import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";

type Result = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type QueryOptions = { rowMode?: "array" | "object"; parsers?: object };
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Reply = { id: number; value?: unknown; error?: Record<string, unknown> & { message: string; name: string } };

/** What Drizzle's PGlite driver uses of a client, for the client itself and for a transaction. */
type Queryable = { query: (text: string, params?: unknown[], options?: QueryOptions) => Promise<Result> };

/**
 * The embedded database on a thread of its own (lib/db/pglite-worker.mjs), with the part of PGlite's API that
 * Drizzle and this app call. Queries, their parsing and the database's file reads no longer take turns with page
 * rendering on the server's thread: on a page view that was about a tenth of the server's work.
 */
export class PGliteThread implements Queryable {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(dataDir: string) {
    // The production build recognises this and bundles the worker as a chunk of its own; the CLI and the tests
    // run the file as it is, which is why it is plain JavaScript.
    const file = path.join(process.cwd(), "lib", "db", "pglite-worker.mjs");
    this.worker = new Worker(file, { workerData: { dataDir } });
    this.worker.on("message", (reply: Reply) => this.settle(reply));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the embedded database stopped (exit code ${code})`)));
    // Like an in-process database, an idle thread does not keep the process alive; a call in flight does.
    this.worker.unref();
  }

  query(text: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number): Promise<Result> {
    // Drizzle passes parsers that keep dates as text; the thread applies the same ones (functions cannot cross).
    return this.call({ op: "query", text, params, rowMode: options.rowMode, drizzle: Boolean(options.parsers), tx });
  }

  /** A named prepared statement for the hot per-page reads (see the worker). */
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
    if (!this.failure) await this.call({ op: "close" });
    await this.worker.terminate();
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.lastId;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle({ id, value, error }: Reply) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
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
