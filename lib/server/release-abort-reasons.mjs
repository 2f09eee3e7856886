// Preloaded into the server process by `npm start` (see lib/cli/start.ts).
//
// React aborts every render's cache signal with a new Error once the render completes, and the request keeps that
// Error as the signal's reason. Until an Error's stack is read, V8 keeps the frames it was made in together with
// their receivers: here the Immediate that was running, which links to each Immediate queued after it, and through
// their async context to the requests that queued them, whose own reasons link on to more. Under steady load this
// chained request to request without end (the heap grew by about 70 KB per request until the collector's pauses
// reached hundreds of milliseconds). Reading the stack turns it into text and lets the frames go.
const abort = AbortController.prototype.abort;

AbortController.prototype.abort = function abortReleasingFrames(reason) {
  if (reason instanceof Error) void reason.stack;
  return abort.call(this, reason);
};
