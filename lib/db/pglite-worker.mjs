// The embedded database's own thread in a single server process (started by lib/db/pglite-client.ts): the
// server renders pages while queries run here, as it does beside a PostgreSQL server.
import { parentPort, workerData } from "node:worker_threads";
import { openHost } from "./pglite-host.mjs";

const host = openHost(workerData.dataDir);
const send = (reply) => parentPort.postMessage(reply);
parentPort.on("message", (message) => host.handle(message, send));
