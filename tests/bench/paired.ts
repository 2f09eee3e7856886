import autocannon from "autocannon";
import { percentile, type Figures } from "./load";

type Sample = { latencies: number[]; requests: number; seconds: number; errors: number };

async function run(url: string, seconds: number, connections: number, headers: Record<string, string>, into: Sample) {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, ms) => into.latencies.push(ms));
  });
  into.requests += result.requests.total;
  into.seconds += result.duration;
  into.errors += result.errors + result.timeouts + result.non2xx;
}

function figures(path: string, s: Sample): Figures {
  const sorted = s.latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(percentile(sorted, q));
  return { path, rps: s.requests / s.seconds, p50: at(0.5), p99: at(0.99), errors: s.errors };
}

/**
 * Loads a page and the bare page in turns (`slices` of each, `seconds` in all for each), so that a change in the
 * machine's speed during the run weighs on both alike instead of on whichever was measured at the time.
 * Percentiles are over every response of all the slices.
 */
export async function paired(
  pageUrl: string,
  bareUrl: string,
  seconds: number,
  connections: number,
  headers: Record<string, string>,
  slices = 4,
): Promise<{ page: Figures; bare: Figures }> {
  const page: Sample = { latencies: [], requests: 0, seconds: 0, errors: 0 };
  const bare: Sample = { latencies: [], requests: 0, seconds: 0, errors: 0 };
  for (let i = 0; i < slices; i++) {
    await run(bareUrl, seconds / slices, connections, {}, bare);
    await run(pageUrl, seconds / slices, connections, headers, page);
  }
  return { page: figures(new URL(pageUrl).pathname, page), bare: figures(new URL(bareUrl).pathname, bare) };
}
