import type { ChildProcess } from "node:child_process";
import type { HostCall, HostReply, openHost } from "./pglite-host.mjs";
import { SUPERVISOR_TAG } from "./pglite-client";

type Host = ReturnType<typeof openHost>;

/**
 * `npm start`'s side of the channel to one server process (`PGliteClient.viaSupervisor` is the other): answers its
 * database calls, and rolls back what it leaves open when it stops.
 */
export function serveDatabase(server: ChildProcess, host: Host) {
  const client = server.pid!;
  const send = (reply: HostReply) => {
    // A reply to a process that has just stopped has nowhere to go.
    if (server.connected) server.send({ [SUPERVISOR_TAG]: reply }, undefined, undefined, () => {});
  };
  server.on("message", (message: Record<string, HostCall> | null) => {
    const call = message?.[SUPERVISOR_TAG];
    if (!call) return;
    // The database stays open for the other processes.
    if (call.op === "close") return send({ id: call.id });
    host.handle(call, send, client);
  });
  server.on("exit", () => host.forget(client));
}
