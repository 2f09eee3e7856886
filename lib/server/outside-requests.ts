type Run = <R>(fn: () => R) => R;

/**
 * Runs `fn` in the process's own async context when the server was started with lib/server/process-context.mjs
 * preloaded (`npm start`); elsewhere (`next dev`, tests) in the caller's.
 */
export function outsideRequests<R>(fn: () => R): R {
  const run = (globalThis as Record<symbol, Run | undefined>)[Symbol.for("personal-center.outside-requests")];
  return run ? run(fn) : fn();
}
