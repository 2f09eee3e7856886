import { actionId, callAction } from "./actions";
import { load, percentile, type Figures } from "./load";
import { pacedLoad } from "./paced";
import { signInCookie } from "./server";

export type Shopper = { id: string; cookie: string };

/** New adult shoppers, signed up through the sign-up action and signed in, with their subject ids. */
export async function createShoppers(baseUrl: string, count: number): Promise<Shopper[]> {
  const signUp = actionId("lib/auth/actions.ts", "signUpAction");
  const run = Date.now().toString(36);
  const shoppers: Shopper[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench${run}${i}@example.com`;
    const password = "bench passphrase long enough";
    const form = { username: `bench${run}${i}`, email, password, birthDate: "1990-05-05", acceptPolicy: "on" };
    const made = await callAction(baseUrl, "/sign-up", signUp, form);
    if (!made.result?.ok) throw new Error(`sign-up failed: ${JSON.stringify(made.result)}`);
    const cookie = await signInCookie(baseUrl, email, password);
    const receipts = await fetch(`${baseUrl}/account/privacy/receipts`, { headers: { cookie } });
    const { subjectId } = (await receipts.json()) as { subjectId: string };
    shoppers.push({ id: subjectId, cookie });
  }
  return shoppers;
}

const purposes = ["marketing.email", "marketing.sms", "marketing.push", "personalization.recommendations"] as const;

export type ToggleFigures = {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  lateWritesIgnored: number;
  wrongFinalStates: number;
};

/**
 * Each shopper toggles their switches in a loop for `seconds`, all at once, pausing `thinkMs` on average between
 * changes (0: the next change goes as soon as the last is answered). Now and then a shopper sends two
 * changes of one switch together, the newer first, so the older one arrives late and must lose. At the end the
 * look-up API must report, for every shopper and switch, the value of the newest write.
 */
export async function benchToggles(baseUrl: string, shoppers: Shopper[], seconds: number, token: string, thinkMs = 0) {
  const setChoice = actionId("lib/consent/actions.ts", "setChoiceAction");
  const latencies: number[] = [];
  let failures = 0;
  let lateWritesIgnored = 0;
  const expected = shoppers.map(() => new Map<string, { seq: number; granted: boolean }>());
  const until = Date.now() + seconds * 1000;

  await Promise.all(
    shoppers.map(async (shopper, s) => {
      let seq = Date.now();
      const next = () => (seq = Math.max(seq + 1, Date.now()));
      const send = async (purpose: string, granted: boolean, at: number) => {
        const call = await callAction(
          baseUrl,
          "/account/privacy",
          setChoice,
          { purpose, granted, seq: at },
          shopper.cookie,
        );
        latencies.push(call.ms);
        const data = call.result?.data as { applied?: boolean } | undefined;
        if (call.status !== 200 || !call.result?.ok) failures++;
        else if (data?.applied === false) lateWritesIgnored++;
        const known = expected[s]!.get(purpose);
        if (!known || known.seq < at) expected[s]!.set(purpose, { seq: at, granted });
      };
      for (let i = 0; Date.now() < until; i++) {
        const purpose = purposes[i % purposes.length]!;
        const granted = Math.random() < 0.5;
        if (i % 10 === 9) {
          const older = next();
          const newer = next();
          await Promise.all([
            send(purpose, granted, newer),
            new Promise((r) => setTimeout(r, 2)).then(() => send(purpose, !granted, older)),
          ]);
        } else await send(purpose, granted, next());
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * 2 * thinkMs));
      }
    }),
  );

  let wrongFinalStates = 0;
  for (const [s, shopper] of shoppers.entries()) {
    for (const [purpose, want] of expected[s]!) {
      const res = await fetch(`${baseUrl}/api/v1/subjects/${shopper.id}/permissions?purpose=${purpose}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { allowed: boolean };
      if (body.allowed !== want.granted) wrongFinalStates++;
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const figures: ToggleFigures = {
    requests: latencies.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    failures,
    lateWritesIgnored,
    wrongFinalStates,
  };
  return figures;
}

const lookupPaths = (shoppers: Shopper[]) =>
  shoppers.flatMap((s) => purposes.map((p) => `/api/v1/subjects/${s.id}/permissions?purpose=${p}`));

/** The look-up API with every connection busy all the time (autocannon), cycling over shoppers and purposes. */
export async function benchLookup(
  baseUrl: string,
  token: string,
  shoppers: Shopper[],
  seconds: number,
  connections: number,
): Promise<Figures> {
  const paths = lookupPaths(shoppers);
  return load(
    `${baseUrl}${paths[0]}`,
    seconds,
    connections,
    { authorization: `Bearer ${token}` },
    { requests: paths.map((path) => ({ method: "GET", path })) },
  );
}

const LOOKUP_CONNECTIONS = 50;
const LOOKUP_MAX_P99 = 10;
// Look-ups per second offered over the 50 connections for the latency budget. A p99 taken with every connection
// always waiting measures queueing (connections / throughput), not how long an answer takes; it is printed too.
const LOOKUP_RATE = Number(process.env.BENCH_LOOKUP_RATE ?? 200);
const TOGGLERS = 20;
const TOGGLE_MAX_P95 = 50;
// Average pause between one shopper's changes: faster than anyone clicks. The flat-out run (no pause) is printed too.
const TOGGLE_THINK_MS = Number(process.env.BENCH_TOGGLE_THINK_MS ?? 100);

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The consent look-up API and the privacy switches against their budgets; prints the figures, says if all were met. */
export async function runPrivacyBench(baseUrl: string, token: string, seconds: number): Promise<boolean> {
  const shoppers = await createShoppers(baseUrl, TOGGLERS);
  const auth = { authorization: `Bearer ${token}` };
  await benchLookup(baseUrl, token, shoppers, 2, LOOKUP_CONNECTIONS);
  const saturated = await benchLookup(baseUrl, token, shoppers, seconds, LOOKUP_CONNECTIONS);
  const paced = await pacedLoad(baseUrl, lookupPaths(shoppers), auth, LOOKUP_RATE, seconds, LOOKUP_CONNECTIONS);
  const single = await pacedLoad(baseUrl, lookupPaths(shoppers), auth, 50, Math.min(seconds, 5), 1);
  const lookupMet = paced.p99 <= LOOKUP_MAX_P99 && paced.errors === 0 && saturated.errors === 0;
  console.info(
    `consent look-up API, ${LOOKUP_CONNECTIONS} connections at ${LOOKUP_RATE} req/s: p50 ${ms(paced.p50)}, ` +
      `p95 ${ms(paced.p95)}, p99 ${ms(paced.p99)}, errors ${paced.errors} (budget p99 <= ${LOOKUP_MAX_P99} ms): ` +
      `${lookupMet ? "met" : "NOT met"}\n  flat out: ${saturated.rps.toFixed(0)} req/s, p50 ${saturated.p50} ms, ` +
      `p99 ${saturated.p99} ms, errors ${saturated.errors}\n  one connection, 50 req/s: p50 ${ms(single.p50)}, ` +
      `p99 ${ms(single.p99)}`,
  );
  await benchToggles(baseUrl, shoppers, 2, token);
  const t = await benchToggles(baseUrl, shoppers, seconds, token, TOGGLE_THINK_MS);
  const flat = await benchToggles(baseUrl, shoppers, seconds, token, 0);
  const alone = await benchToggles(baseUrl, shoppers.slice(0, 1), Math.min(seconds, 5), token, 0);
  const toggleMet = t.p95 <= TOGGLE_MAX_P95 && t.failures + flat.failures === 0;
  const orderMet = t.wrongFinalStates + flat.wrongFinalStates + alone.wrongFinalStates === 0;
  const line = (f: ToggleFigures) =>
    `${f.requests} changes, p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}, failures ${f.failures}, ` +
    `late writes ignored ${f.lateWritesIgnored}, final states other than the newest write ${f.wrongFinalStates}`;
  console.info(
    `switch changes, ${TOGGLERS} shoppers at once, ~${TOGGLE_THINK_MS} ms between a shopper's changes: ${line(t)} ` +
      `(budget p95 <= ${TOGGLE_MAX_P95} ms): ${toggleMet ? "met" : "NOT met"}\n  flat out: ${line(flat)}\n` +
      `  one shopper alone: p50 ${ms(alone.p50)}, p95 ${ms(alone.p95)}\n` +
      `  every final state is the shopper's newest write: ${orderMet ? "met" : "NOT met"}`,
  );
  return lookupMet && toggleMet && orderMet;
}
