import autocannon from "autocannon";
import { percentile, type Figures } from "./load";

type Sample = { latencies: number[]; requests: number; seconds: number; errors: number };

// Each turn opens with this long a settling period whose responses are not counted: right after the load moves
// from one page to the other, the first second's responses are slower (diagnostic: of the slowest 1% of
// responses in 5 s turns, all but one fell in a turn's first 1.5 s), which the budgets' steady load does not have.
const SETTLE_SECONDS = 1;

async function run(url: string, seconds: number, connections: number, headers: Record<string, string>, into: Sample) {
  const counted = Date.now() + SETTLE_SECONDS * 1000;
  let requests = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: SETTLE_SECONDS + seconds, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // A response counts when its request was sent after the settling period.
    instance.on("response", (_client, _status, _bytes, ms) => {
      if (Date.now() - ms < counted) return;
      into.latencies.push(ms);
      requests++;
    });
  });
  into.requests += requests;
  into.seconds += seconds;
  into.errors += result.errors + result.timeouts + result.non2xx;
}

function figures(path: string, s: Sample): Figures {
  const sorted = s.latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(percentile(sorted, q));
  return { path, rps: s.requests / s.seconds, p50: at(0.5), p99: at(0.99), errors: s.errors };
}

/**
 * Loads a page and the bare page in turns (`slices` of each, `seconds` in all for each, not counting each turn's
 * settling second), so that a change in the machine's speed during the run weighs on both alike instead of on
 * whichever was measured at the time. Percentiles are over every counted response of all the slices.
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
