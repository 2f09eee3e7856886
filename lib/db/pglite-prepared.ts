import "server-only";
import { parse, protocol, type PGlite } from "@electric-sql/pglite";

type Prepared = { name: string; paramTypes: number[] };

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Named prepared statements on PGlite, for the few fixed reads every page view runs. `PGlite.query` parses and
 * plans the statement on every call and enters the database once per protocol message (six times); here a
 * statement is parsed once, and each call is one entry: bind, describe, execute and sync together. That more
 * than halves the cost of the session check (measured in the README's "Speed" section).
 *
 * Values are serialized and rows parsed with the client's own serializers and parsers, as `query` does.
 * Calls take both of PGlite's locks, as `query` does, so a statement never runs inside another request's
 * transaction.
 */
export function preparedQueries(client: PGlite) {
  const statements = new Map<string, Prepared>();

  async function prepare(text: string): Promise<Prepared> {
    const name = `pc_hot_${statements.size + 1}`;
    const { messages } = await client.execProtocol(
      concat([
        protocol.serialize.parse({ name, text, types: [] }),
        protocol.serialize.describe({ type: "S", name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const description = messages.find((m) => m.name === "parameterDescription") as
      { dataTypeIDs: number[] } | undefined;
    const prepared = { name, paramTypes: description?.dataTypeIDs ?? [] };
    statements.set(text, prepared);
    return prepared;
  }

  return async function query<T>(text: string, params: unknown[]): Promise<T[]> {
    // Each await is a promise the request's async context follows; once the database is up there is none to wait for.
    if (!client.ready) await client.waitReady;
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const statement = statements.get(text) ?? (await prepare(text));
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serialize = client.serializers[statement.paramTypes[i]!];
          return serialize ? serialize(value) : String(value);
        });
        const { messages } = await client.execProtocol(
          concat([
            protocol.serialize.bind({ statement: statement.name, values }),
            protocol.serialize.describe({ type: "P" }),
            protocol.serialize.execute({}),
            protocol.serialize.sync(),
          ]),
          { syncToFs: false },
        );
        return parse.parseResults(messages, client.parsers)[0]!.rows as T[];
      }),
    );
  };
}
