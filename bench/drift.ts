// monitor's drift measure on hostile traffic: 500 sampled requests of 250 kB of random words each
// (an end user's choice) against a test set of 5,000 ATIS-shaped prompts, through measureDrift as
// monitor calls it; beside it, in the same run, the index as it was before its bounds (every word
// of a request against every test prompt), timed on a few requests and given per request. Not part
// of the tests.  npm run bench:drift
import { generate } from '../examples/atis-intents/generate.js';
import { measureDrift, SimilarityIndex } from '../src/monitor/drift.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const KB = Number(process.env.BENCH_REQUEST_KB ?? 250);
const PROMPTS = Number(process.env.BENCH_TEST_PROMPTS ?? 5000);

const split = generate(7, PROMPTS, 0);
const testPrompts = split.train.map(([, text]) => text);

// random words, as a user can send them: letters, 2–12 of them, mostly never seen in the test set
// mulberry32, seeded: the same words every run
let seed = 1;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const word = () =>
  Array.from({ length: 2 + Math.floor(random() * 11) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(
    '',
  );
const request = () => {
  const parts: string[] = [];
  let size = 0;
  while (size < KB * 1000) {
    const w = word();
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
};
const requests = Array.from({ length: REQUESTS }, () => ({ prompt: request(), answer: 'flight' }));

/** The index before the bounds: a request's every word, compared with every test prompt. */
class Unbounded {
  private readonly df = new Map<string, number>();
  private readonly docs: Array<{ weights: Map<string, number>; norm: number }>;
  constructor(private readonly documents: readonly string[]) {
    for (const d of documents) for (const w of new Set(this.words(d))) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.docs = documents.map((d) => this.vector(d));
  }
  private words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  private vector(text: string) {
    const tf = new Map<string, number>();
    for (const w of this.words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [w, n] of tf) {
      const x = n * (Math.log((1 + this.documents.length) / (1 + (this.df.get(w) ?? 0))) + 1);
      weights.set(w, x);
      sum += x * x;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  }
  nearest(text: string): number {
    const q = this.vector(text);
    let best = 0;
    for (const d of this.docs) {
      let dot = 0;
      for (const [w, x] of q.weights) {
        const y = d.weights.get(w);
        if (y) dot += x * y;
      }
      best = Math.max(best, dot / (q.norm * d.norm));
    }
    return best;
  }
}

const t0 = performance.now();
const figures = measureDrift({ requests, testPrompts, normalize: (s) => s.trim().toLowerCase() }, (s) => s);
const bounded = (performance.now() - t0) / 1000;

const before = new Unbounded(testPrompts);
const few = requests.slice(0, Number(process.env.BENCH_BASELINE_REQUESTS ?? 2));
const t1 = performance.now();
for (const r of few) before.nearest(r.prompt);
const perRequestBefore = (performance.now() - t1) / 1000 / few.length;

// the bounds change no figure for ordinary prompts: the test prompts against themselves
const index = new SimilarityIndex(testPrompts);
const same = testPrompts.slice(0, 200).every((p) => Math.abs(index.nearest(p) - before.nearest(p)) < 1e-9);

process.stdout.write(
  [
    `${REQUESTS} requests of ${KB} kB of random words (${new Set(requests[0]!.prompt.split(' ')).size.toLocaleString('en-US')} distinct in the first) against ${testPrompts.length} test prompts`,
    `measureDrift: ${bounded.toFixed(1)} s (${((bounded / REQUESTS) * 1000).toFixed(1)} ms a request; far share ${(100 * figures.farShare).toFixed(1)} %) — the bound is 60 s`,
    `the index before its bounds: ${perRequestBefore.toFixed(1)} s a request (measured on ${few.length}), about ${((perRequestBefore * REQUESTS) / 60).toFixed(0)} min for ${REQUESTS}`,
    `ratio: ${((perRequestBefore * REQUESTS) / bounded).toFixed(0)}× faster; ordinary prompts' similarities unchanged: ${same}`,
  ].join('\n') + '\n',
);
