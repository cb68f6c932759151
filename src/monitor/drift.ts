// Drift: how far production's requests have moved from what the committed test set measures.
// Two figures, both reported whether or not a threshold is crossed:
// - the share of requests whose prompt is far from every test prompt: cosine similarity over
//   TF-IDF-weighted words (Salton & Buckley 1988, "Term-weighting approaches in automatic text
//   retrieval"), nearest test prompt below FAR_SIMILARITY;
// - for classifiers, the population stability index of production's answer labels against the
//   test set's: PSI = Σ (p − q) · ln(p / q) over labels (Yurdakul 2018, "Statistical properties of
//   the population stability index"; 0.1 is conventionally a shift, 0.25 a large one).
// A hand-written index of a few lines: the libraries that offer TF-IDF (natural, wink) bring far
// more than this needs into an action's bundle.

export const FAR_SIMILARITY = 0.2;

/**
 * What of a request is compared: its first MAX_WORDS words, read from its first MAX_CHARS
 * characters. A request's words are its users' to choose: one of 252 kB took 29 s against 5,000
 * test prompts before these bounds and the inverted index (bench/drift.ts).
 */
export const MAX_WORDS = 512;
const MAX_CHARS = 16_384;

const words = (text: string, max = Infinity): string[] => {
  const out: string[] = [];
  for (const m of text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}']+/gu)) {
    out.push(m[0]);
    if (out.length >= max) break;
  }
  return out;
};

/**
 * Nearest-neighbour similarity of a text to a fixed set of documents (cosine over TF-IDF), through
 * an inverted index: a query costs the postings of its own words, at most MAX_WORDS of them.
 */
export class SimilarityIndex {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  private readonly norms: Float64Array;
  /** word → the documents holding it, with its weight in each */
  private readonly postings = new Map<string, Array<{ doc: number; weight: number }>>();

  constructor(documents: readonly string[]) {
    this.n = documents.length;
    const tokens = documents.map((d) => words(d, MAX_WORDS));
    for (const t of tokens) for (const w of new Set(t)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.norms = new Float64Array(this.n);
    tokens.forEach((t, doc) => {
      const v = this.vector(t);
      this.norms[doc] = v.norm;
      for (const [w, weight] of v.weights) {
        let list = this.postings.get(w);
        if (!list) this.postings.set(w, (list = []));
        list.push({ doc, weight });
      }
    });
  }

  private idf(word: string): number {
    return Math.log((1 + this.n) / (1 + (this.df.get(word) ?? 0))) + 1;
  }

  private vector(tokens: readonly string[]): { weights: Map<string, number>; norm: number } {
    const tf = new Map<string, number>();
    for (const w of tokens) tf.set(w, (tf.get(w) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [w, n] of tf) {
      const x = n * this.idf(w);
      weights.set(w, x);
      sum += x * x;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  }

  /** The highest cosine similarity of `text` to any document, 0–1. */
  nearest(text: string): number {
    return this.similarities(text).reduce((a, x) => Math.max(a, x), 0);
  }

  /** The cosine similarity of `text` to each document, in their order. */
  similarities(text: string): number[] {
    const q = this.vector(words(text, MAX_WORDS));
    const dots = new Float64Array(this.n);
    for (const [w, x] of q.weights) for (const p of this.postings.get(w) ?? []) dots[p.doc]! += x * p.weight;
    return Array.from(dots, (dot, doc) => dot / (q.norm * this.norms[doc]!));
  }
}

/** Population stability index of `actual` against `expected` label counts (each smoothed by half a count). */
export function psi(expected: ReadonlyMap<string, number>, actual: ReadonlyMap<string, number>): number {
  const labels = new Set([...expected.keys(), ...actual.keys()]);
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, x) => a + x, 0) + 0.5 * labels.size;
  const e = total(expected);
  const a = total(actual);
  let sum = 0;
  for (const label of labels) {
    const q = ((expected.get(label) ?? 0) + 0.5) / e;
    const p = ((actual.get(label) ?? 0) + 0.5) / a;
    sum += (p - q) * Math.log(p / q);
  }
  return sum;
}

/** Answer counts by normalized label. */
export function labelCounts(
  answers: ReadonlyArray<string | undefined>,
  normalize: (label: string) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of answers) if (a !== undefined) counts.set(normalize(a), (counts.get(normalize(a)) ?? 0) + 1);
  return counts;
}

/** What drift is measured from: production's sampled requests and the test set. */
export interface DriftInput {
  readonly requests: ReadonlyArray<{ readonly prompt: string; readonly answer?: string }>;
  readonly testPrompts: readonly string[];
  /** the test set's label counts, for classifiers */
  readonly testLabels?: ReadonlyMap<string, number>;
  readonly normalize: (label: string) => string;
}

export interface DriftFigures {
  readonly farShare: number;
  readonly far: number;
  readonly examples: Array<{ prompt: string; similarity: number }>;
  readonly labels?: { psi: number; rows: Array<{ label: string; test: number; production: number }> };
}

/** The drift figures; `withheld` hides an example's text when it holds personal data. */
export function measureDrift(input: DriftInput, withheld: (text: string) => string): DriftFigures {
  const index = new SimilarityIndex(input.testPrompts);
  const scored = input.requests.map((r) => ({ prompt: r.prompt, similarity: index.nearest(r.prompt) }));
  const far = scored.filter((x) => x.similarity < FAR_SIMILARITY);
  const examples = [...far]
    .sort((a, b) => a.similarity - b.similarity)
    .slice(0, 5)
    .map((x) => ({ prompt: withheld(x.prompt), similarity: x.similarity }));
  let labels: DriftFigures['labels'];
  if (input.testLabels && input.testLabels.size) {
    const test = new Map([...input.testLabels].map(([k, v]) => [input.normalize(k), v]));
    const production = labelCounts(
      input.requests.map((r) => r.answer),
      input.normalize,
    );
    const share = (m: Map<string, number>, k: string) => {
      const total = [...m.values()].reduce((a, x) => a + x, 0);
      return total ? (m.get(k) ?? 0) / total : 0;
    };
    const keys = [...new Set([...test.keys(), ...production.keys()])];
    const rows = keys
      .map((label) => ({ label, test: share(test, label), production: share(production, label) }))
      .sort((a, b) => Math.abs(b.production - b.test) - Math.abs(a.production - a.test))
      .slice(0, 8);
    labels = { psi: psi(test, production), rows };
  }
  return {
    farShare: scored.length ? far.length / scored.length : 0,
    far: far.length,
    examples,
    labels,
  };
}
