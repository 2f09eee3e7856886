import autocannon from "autocannon";

export type Figures = { path: string; rps: number; p50: number; p99: number; errors: number };

/** The value below which the share `p` (0 to 1) of the sorted values lie. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function load(
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
  extra: Partial<autocannon.Options> = {},
): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, headers, ...extra });
  return {
    path: new URL(url).pathname,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export function row(f: Figures): string {
  return `${f.path.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
}
