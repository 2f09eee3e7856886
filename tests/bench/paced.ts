import http from "node:http";
import { percentile } from "./load";

export type PacedFigures = { rps: number; p50: number; p95: number; p99: number; errors: number };

// A kept-alive connection the server closed just as a request went out fails with ECONNRESET; as Node's
// documentation advises for idempotent requests, that one is sent again (on a fresh connection).
function get(agent: http.Agent, url: string, headers: Record<string, string>, retry = true): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (retry && req.reusedSocket && e.code === "ECONNRESET") resolve(get(agent, url, headers, false));
      else reject(e);
    });
  });
}

/**
 * An open-loop load: requests arrive at random (Poisson) times at `rate` per second, over up to `connections`
 * kept-alive connections, whether or not earlier ones were answered. Latency counts from the moment a request was
 * due, so time spent waiting for a free connection is included. (autocannon's rate limit sends every connection's
 * request on the same tick, which measures bursts of `connections` requests instead.)
 */
export async function pacedLoad(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string>,
  rate: number,
  seconds: number,
  connections: number,
): Promise<PacedFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  // Open every connection first, so connection set-up is not measured.
  await Promise.all(
    Array.from({ length: connections }, (_, i) => get(agent, baseUrl + paths[i % paths.length], headers)),
  );
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let due = start;
  for (let i = 0; due - start < seconds * 1000; i++) {
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const scheduled = due;
    pending.push(
      get(agent, baseUrl + paths[i % paths.length], headers).then(
        (status) => {
          latencies.push(performance.now() - scheduled);
          if (status !== 200) errors++;
        },
        () => {
          errors++;
        },
      ),
    );
    due += (-Math.log(1 - Math.random()) * 1000) / rate;
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors,
  };
}
