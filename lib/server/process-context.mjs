// Preloaded into the server process by `npm start` (see lib/cli/start.ts), before Next loads.
//
// Work that a request merely starts, such as the scheduler's timer, would otherwise run in that request's async
// context for the life of the process: every pass would see the finished request's stores (its page render, the
// visitor's cookies) and keep them from being collected. This records the process's own context, which no
// request's stores reach, so such work can be started there instead (see outside-requests.ts beside this file).
import { AsyncLocalStorage } from "node:async_hooks";

globalThis[Symbol.for("personal-center.outside-requests")] = AsyncLocalStorage.snapshot();
