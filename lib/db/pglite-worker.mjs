// The embedded database's own thread (started by lib/db/pglite-thread.ts). PGlite runs PostgreSQL compiled to
// WebAssembly on whichever thread calls it; here that is not the web server's thread, so the server renders pages
// while queries run, as it does beside a PostgreSQL server. Plain JavaScript, so that the CLI and the tests can
// start it without a build.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, parse, protocol, types } from "@electric-sql/pglite";

const db = new PGlite(workerData.dataDir);

// Drizzle maps dates and intervals itself and asks for their text as PostgreSQL sends it.
const asText = (value) => value;
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((t) => [
    t,
    asText,
  ]),
);

/** Open transactions by id: PGlite's handle for the transaction and how to end it. */
const transactions = new Map();
let lastTransaction = 0;

function reply(id, value) {
  try {
    parentPort.postMessage({ id, value });
  } catch (error) {
    replyError(id, error);
  }
}

// PostgreSQL's error fields (code, constraint, detail, ...) travel as plain properties; callers read them. The
// query's text, values and options stay here: the caller has them, and options hold functions that cannot cross.
function replyError(id, error) {
  const fields = {};
  for (const [key, value] of Object.entries(error && typeof error === "object" ? error : {})) {
    if (!["query", "params", "queryOptions"].includes(key) && ["string", "number", "boolean"].includes(typeof value))
      fields[key] = value;
  }
  parentPort.postMessage({
    id,
    error: { ...fields, name: error?.name ?? "Error", message: error?.message ?? String(error) },
  });
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
 * wait, as they do in-process) until the caller sends `end`: COMMIT, or ROLLBACK when asked or when COMMIT fails.
 */
function begin(id) {
  const tx = ++lastTransaction;
  const entry = { handle: null, finish: null, outcome: null, started: false };
  const ended = new Promise((resolve) => (entry.finish = resolve));
  entry.outcome = db.transaction(async (handle) => {
    entry.handle = handle;
    entry.started = true;
    reply(id, tx);
    const { commit } = await ended;
    if (!commit) await handle.rollback();
  });
  transactions.set(tx, entry);
  entry.outcome.catch((error) => {
    if (!entry.started) {
      transactions.delete(tx);
      replyError(id, error);
    }
  });
}

function end(id, { tx, commit }) {
  const entry = transactions.get(tx);
  if (!entry) return replyError(id, new Error("the transaction has already ended"));
  entry.finish({ commit });
  entry.outcome.then(
    () => reply(id),
    (error) => replyError(id, error),
  );
  entry.outcome.finally(() => transactions.delete(tx)).catch(() => {});
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Named prepared statements, for the few fixed reads every page view runs (lib/db/raw.ts). `PGlite.query` parses
 * and plans the statement on every call and enters the database once per protocol message (six times); here a
 * statement is parsed once, and each call is one entry: bind, describe, execute and sync together. Values are
 * serialized and rows parsed with the client's own serializers and parsers, as `query` does; calls take both of
 * PGlite's locks, as `query` does, so a statement never runs inside a transaction.
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

parentPort.on("message", (message) => {
  const { id, op } = message;
  if (op === "begin") return begin(id);
  if (op === "end") return end(id, message);
  const run = op === "query" ? query(message) : op === "hot" ? hot(message) : op === "close" ? db.close() : null;
  if (!run) return replyError(id, new Error(`unknown operation ${op}`));
  run.then(
    (value) => reply(id, value),
    (error) => replyError(id, error),
  );
});
