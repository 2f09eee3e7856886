// The embedded database and the operations its clients send (lib/db/pglite-client.ts): on a thread of its own
// in a single server process (lib/db/pglite-worker.mjs), or in `npm start`'s supervisor, which serves every
// server process it runs (lib/cli/start.ts). PGlite runs PostgreSQL compiled to WebAssembly on whichever thread
// calls it; either way that is not a thread that renders pages. Plain JavaScript, so that the CLI and the tests
// can load it without a build.
import { PGlite, parse, protocol, types } from "@electric-sql/pglite";

// Drizzle maps dates and intervals itself and asks for their text as PostgreSQL sends it.
const asText = (value) => value;
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((t) => [
    t,
    asText,
  ]),
);

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// PostgreSQL's error fields (code, constraint, detail, ...) travel as plain properties; callers read them. The
// query's text, values and options stay here: the caller has them, and options hold functions that cannot cross.
function errorReply(id, error) {
  const fields = {};
  for (const [key, value] of Object.entries(error && typeof error === "object" ? error : {})) {
    if (!["query", "params", "queryOptions"].includes(key) && ["string", "number", "boolean"].includes(typeof value))
      fields[key] = value;
  }
  return { id, error: { ...fields, name: error?.name ?? "Error", message: error?.message ?? String(error) } };
}

/**
 * Opens the database in `dataDir` and returns `handle(message, send, client)`, which runs one operation and
 * sends its reply with `send`, and `forget(client)`, which rolls back what a client that has gone left open.
 * `client` tells the server processes apart; a single caller can leave it out.
 */
export function openHost(dataDir) {
  const db = new PGlite(dataDir);

  /** Open transactions by id: PGlite's handle for the transaction, how to end it, and whose it is. */
  const transactions = new Map();
  let lastTransaction = 0;
  // Clients that have gone: a transaction of theirs that starts later is rolled back at once.
  const gone = new Set();

  function reply(send, id, value) {
    try {
      send({ id, value });
    } catch (error) {
      send(errorReply(id, error));
    }
  }

  async function query({ text, params, rowMode, drizzle, tx }) {
    const options = { rowMode, ...(drizzle ? { parsers: DRIZZLE_PARSERS } : {}) };
    const target = tx === undefined ? db : transactions.get(tx)?.handle;
    if (!target) throw new Error("the transaction has already ended");
    const { rows, fields, affectedRows } = await target.query(text, params, options);
    return { rows, fields, affectedRows };
  }

  /**
   * BEGIN runs inside PGlite's `transaction`, which holds the database for this transaction alone (other queries
   * wait, as they do in-process) until the caller sends `end`: COMMIT, or ROLLBACK when asked, when COMMIT fails,
   * or when its client has gone.
   */
  function begin(id, send, client) {
    const tx = ++lastTransaction;
    const entry = { client, handle: null, finish: null, outcome: null, started: false };
    const ended = new Promise((resolve) => (entry.finish = resolve));
    entry.outcome = db.transaction(async (handle) => {
      entry.handle = handle;
      entry.started = true;
      if (gone.has(client)) return handle.rollback();
      reply(send, id, tx);
      const { commit } = await ended;
      if (!commit) await handle.rollback();
    });
    transactions.set(tx, entry);
    entry.outcome.catch((error) => {
      if (!entry.started) send(errorReply(id, error));
    });
    entry.outcome.finally(() => transactions.delete(tx)).catch(() => {});
  }

  function end(id, send, { tx, commit }) {
    const entry = transactions.get(tx);
    if (!entry) return send(errorReply(id, new Error("the transaction has already ended")));
    entry.finish({ commit });
    entry.outcome.then(
      () => reply(send, id),
      (error) => send(errorReply(id, error)),
    );
  }

  /**
   * Named prepared statements, for the few fixed reads every page view runs (lib/db/raw.ts). `PGlite.query`
   * parses and plans the statement on every call and enters the database once per protocol message (six times);
   * here a statement is parsed once, and each call is one entry: bind, describe, execute and sync together.
   * Values are serialized and rows parsed with the client's own serializers and parsers, as `query` does; calls
   * take both of PGlite's locks, as `query` does, so a statement never runs inside a transaction.
   */
  const statements = new Map();

  async function prepare(text) {
    const name = `pc_hot_${statements.size + 1}`;
    const { messages } = await db.execProtocol(
      concat([
        protocol.serialize.parse({ name, text, types: [] }),
        protocol.serialize.describe({ type: "S", name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const description = messages.find((m) => m.name === "parameterDescription");
    const prepared = { name, paramTypes: description?.dataTypeIDs ?? [] };
    statements.set(text, prepared);
    return prepared;
  }

  async function hot({ text, params }) {
    await db.waitReady;
    return db._runExclusiveTransaction(() =>
      db._runExclusiveQuery(async () => {
        const statement = statements.get(text) ?? (await prepare(text));
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serialize = db.serializers[statement.paramTypes[i]];
          return serialize ? serialize(value) : String(value);
        });
        const { messages } = await db.execProtocol(
          concat([
            protocol.serialize.bind({ statement: statement.name, values }),
            protocol.serialize.describe({ type: "P" }),
            protocol.serialize.execute({}),
            protocol.serialize.sync(),
          ]),
          { syncToFs: false },
        );
        return parse.parseResults(messages, db.parsers)[0].rows;
      }),
    );
  }

  function handle(message, send, client = 0) {
    const { id, op } = message;
    if (op === "begin") return begin(id, send, client);
    if (op === "end") return end(id, send, message);
    const run = op === "query" ? query(message) : op === "hot" ? hot(message) : op === "close" ? db.close() : null;
    if (!run) return send(errorReply(id, new Error(`unknown operation ${op}`)));
    run.then(
      (value) => reply(send, id, value),
      (error) => send(errorReply(id, error)),
    );
  }

  function forget(client) {
    gone.add(client);
    for (const entry of transactions.values()) if (entry.client === client) entry.finish?.({ commit: false });
  }

  return { handle, forget, close: () => db.close() };
}
