/**
 * The V8 flags `npm start` gives each server process, unless NODE_OPTIONS sets the same flag itself.
 *
 * - A young generation of 64 MB. A page view allocates a megabyte or more, nearly all of it dead once its response
 *   is sent. With V8's default (16 MB per semi-space) 20 pages in flight filled it over ten times a second, and each
 *   collection copied out the pages still in flight; 64 MB collects a quarter as often and raised the overview's
 *   throughput under load by about 13% (see tests/bench/README.md). The young generation then takes up to 192 MB.
 * - As many of V8's helper threads as there are cores to spare, at least one (0 would let Node choose) and at most
 *   Node's own four. A server process's main thread renders every request and is what runs out first under load;
 *   the helpers do the collector's concurrent marking and parallel copying beside it. Node starts four whatever the
 *   machine: on two cores with one process they share the core the main thread does not use with the embedded
 *   database's thread, and with one the p99 under load was lower in every A/B pair (see tests/bench/README.md).
 */
export function serverV8Flags(opts: { cores: number; processes: number; nodeOptions?: string }): string[] {
  const flags: string[] = [];
  const set = (name: string) => opts.nodeOptions?.includes(`--${name}`) ?? false;
  if (!set("max-semi-space-size")) flags.push("--max-semi-space-size=64");
  if (!set("v8-pool-size")) {
    const spare = Math.floor(opts.cores / opts.processes) - 1;
    flags.push(`--v8-pool-size=${Math.min(4, Math.max(1, spare))}`);
  }
  return flags;
}
