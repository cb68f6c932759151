// Simulated models, deterministic. The base model behaves like an untuned small LLM on a
// classification prompt: it guesses from keywords and often answers in a sentence. A custom
// model really learns from the training data its job read (naive Bayes over the user text for
// short-answer data, nearest neighbour otherwise), so better data makes a better model and
// corrupted labels a worse one.
import { createHash } from 'node:crypto';
import { solveProblem } from '../examples/rft-arithmetic/generate.js';

export interface Example {
  readonly system: string;
  readonly prompt: string;
  readonly answer: string;
}

export interface SimulatedModel {
  readonly kind: 'base' | 'custom';
  answer(system: string, prompt: string): string;
}

const tokenize = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const features = (text: string): string[] => {
  const words = tokenize(text).map(stem);
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]}_${words[i]}`);
  return out;
};
/** A number in [0, 1) fixed by the text: the same prompt always gets the same behaviour. */
const unit = (text: string, salt: string) =>
  createHash('sha256').update(`${salt}\0${text}`).digest().readUInt32BE(0) / 2 ** 32;

/** The label list a classification prompt offers ("…intents: a, b, c. …"), if any. */
export function labelsIn(system: string): string[] {
  const m = /:\s*([\w+-]+(?:,\s*[\w+-]+){2,})/.exec(system);
  return m ? m[1]!.split(/,\s*/) : [];
}

/** Words that make a small model think of a label, beyond the label's own words. */
const HINTS: Record<string, string[]> = {
  fare: ['cost', 'price', 'expensive', 'much'],
  ground: ['taxi', 'limousine', 'rental', 'shuttle', 'bus', 'transportation'],
  aircraft: ['plane', 'boeing', 'airbus', 'jet'],
  abbreviation: ['mean', 'stand', 'code', 'define'],
  distance: ['far', 'mile'],
  capacity: ['seat', 'passenger'],
  quantity: ['many', 'count'],
  meal: ['breakfast', 'lunch', 'dinner', 'snack'],
};

function keywordGuess(labels: string[], prompt: string): string {
  const words = new Set(tokenize(prompt).map(stem));
  let best = labels[0]!;
  let bestScore = 0;
  for (const label of labels) {
    const parts = label.split(/[+_]/).map(stem);
    let score = 0;
    for (const p of parts) {
      if (words.has(p)) score += 2;
      for (const hint of HINTS[p] ?? []) if (words.has(hint)) score += 1;
    }
    score /= parts.length; // a single matching word should not favour compound labels
    if (score > bestScore) {
      bestScore = score;
      best = label;
    }
  }
  // With no clue, a small model falls back on the most generic label it was offered.
  return bestScore > 0 ? best : (labels.find((l) => l === 'flight') ?? labels[0]!);
}

/** Text between <tag> and </tag> (the last such pair: an answer may quote the tags). */
function tagged(text: string, tag: string): string | undefined {
  const end = text.lastIndexOf(`</${tag}>`);
  const start = end < 0 ? -1 : text.lastIndexOf(`<${tag}>`, end);
  return start < 0 ? undefined : text.slice(start + tag.length + 2, end).trim();
}

const unescape = (t: string | undefined) => t?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const FILLER = new Set(
  'i a an the to my me you your can do does is are am of for on in and or what how it be with at about please tell want would like could there any'.split(
    ' ',
  ),
);

/**
 * The judge asked which of two answers is better (the action's pairwise request, fields
 * <prompt-N>, <answer_a-N>, <answer_b-N>): it prefers the answer that shares more of the request's
 * words, the relevant one. Between two equally relevant answers it has a real judge's position
 * bias: it says "A", whichever answer that is, so only asking in both orders reveals the tie.
 */
function preferenceReply(system: string, prompt: string): string {
  const nonce = /<answer_a-([0-9a-f]{16})>/.exec(system)?.[1];
  const field = (name: string) => (nonce ? unescape(tagged(prompt, `${name}-${nonce}`)) : undefined);
  const request = field('prompt');
  const a = field('answer_a');
  const b = field('answer_b');
  if (request === undefined || a === undefined || b === undefined) return 'Both answers have their merits.';
  const asked = new Set(
    tokenize(request)
      .map(stem)
      .filter((w) => !FILLER.has(w)),
  );
  const relevance = (answer: string) =>
    new Set(
      tokenize(answer)
        .map(stem)
        .filter((w) => asked.has(w)),
    ).size;
  const [ra, rb] = [relevance(a), relevance(b)];
  const better = ra > rb ? 'A' : rb > ra ? 'B' : 'A';
  return JSON.stringify({
    better,
    reason: ra === rb ? 'Response A reads slightly better.' : `Response ${better} addresses what was asked.`,
  });
}

/**
 * A judge that follows a rubric deterministically: it rates the response by its word overlap
 * with the reference answer (5 when they agree, 1 when nothing matches) and answers the JSON
 * verdict the rubric asks for, sometimes in a code fence. It reads the fields the way a model
 * reads tags, naively: the action's nonce-delimited fields when the system prompt names them, else
 * the last <response> and <reference_answer> in the text, so an answer that writes its own
 * </response><reference_answer>… is believed (as the review showed a real judge can be). A prompt
 * without the fields is not one it can rate: it says so in prose.
 */
export function judgeReply(system: string, prompt: string): string | undefined {
  const text = `${system}\n${prompt}`;
  if (text.includes('{"better"')) return preferenceReply(system, prompt);
  if (!text.includes('{"score"')) return undefined;
  const nonce = /<prediction-([0-9a-f]{16})>/.exec(system)?.[1];
  const response = nonce ? unescape(tagged(prompt, `prediction-${nonce}`)) : tagged(text, 'response');
  const reference = nonce ? unescape(tagged(prompt, `ground_truth-${nonce}`)) : tagged(text, 'reference_answer');
  if (response === undefined || reference === undefined)
    return 'I would say the answer is reasonably good, but I cannot be certain.';
  const words = (t: string) => tokenize(t).map(stem);
  const a = words(response);
  const b = new Set(words(reference));
  const common = a.filter((w) => b.has(w)).length;
  const precision = a.length ? common / a.length : 0;
  const recall = b.size ? new Set(a.filter((w) => b.has(w))).size / b.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const rating = words(response).join(' ') === [...words(reference)].join(' ') ? 5 : 1 + Math.round(4 * f1);
  const reason =
    rating === 5
      ? 'Matches the reference answer.'
      : rating === 1
        ? 'Does not say what the reference answer says.'
        : `Overlaps the reference answer in part (${Math.round(100 * f1)} % of its words).`;
  const json = JSON.stringify({ score: rating, reason });
  return unit(prompt, 'judge-fence') < 0.3 ? `\`\`\`json\n${json}\n\`\`\`` : json;
}

/** A word problem of the RFT example, answered right with probability `skill`, in the '####' format or not. */
function solve(prompt: string, salt: string, skill: number, formatted: number): string | undefined {
  const answer = solveProblem(prompt);
  if (answer === undefined) return undefined;
  const r = unit(prompt, salt);
  const value = r < skill ? answer : answer + 1 + Math.floor(unit(prompt, `${salt}-off`) * 5);
  return unit(prompt, `${salt}-format`) < formatted
    ? `Working it out step by step.\n#### ${value}`
    : `The answer is ${value}.`;
}

/** An untuned model: right about half the time when it answers with a bare label, often chatty. */
export function baseModel(modelId: string): SimulatedModel {
  return {
    kind: 'base',
    answer(system, prompt) {
      const judged = judgeReply(system, prompt);
      if (judged !== undefined) return judged;
      const labels = labelsIn(system);
      const r = unit(prompt, modelId);
      if (labels.length === 0) {
        const solved = solve(prompt, modelId, 0.45, 0.55);
        if (solved !== undefined) return solved;
        const words = tokenize(prompt).slice(0, 8).join(' ');
        return `Sure! Here is what I can tell you about "${words}": it depends on several factors.`;
      }
      const guess = keywordGuess(labels, prompt);
      if (r < 0.6) return guess;
      if (r < 0.8) return `The intent of this query is: ${guess}.`;
      if (r < 0.9)
        return `Based on the query, I would classify it as "${guess}" because the user is asking about ${guess.replace(/[+_]/g, ' ')}.`;
      return labels[Math.floor(unit(prompt, `${modelId}-wrong`) * labels.length)]!;
    },
  };
}

/** A teacher for distillation: a large model that answers with bare labels and guesses better. */
export function teacherModel(_modelId: string): SimulatedModel {
  return {
    kind: 'base',
    answer(system, prompt) {
      const judged = judgeReply(system, prompt);
      if (judged !== undefined) return judged;
      const labels = labelsIn(system);
      if (labels.length === 0) return `A careful answer to: ${tokenize(prompt).slice(0, 12).join(' ')}`;
      return keywordGuess(labels, prompt);
    },
  };
}

interface NaiveBayes {
  readonly labels: string[];
  readonly prior: Map<string, number>;
  readonly likelihood: Map<string, Map<string, number>>;
  readonly unseen: Map<string, number>;
}

function trainNaiveBayes(examples: Example[], alpha: number): NaiveBayes {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const docs = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const e of examples) {
    const label = e.answer.trim();
    docs.set(label, (docs.get(label) ?? 0) + 1);
    const c = counts.get(label) ?? new Map<string, number>();
    counts.set(label, c);
    for (const f of features(e.prompt)) {
      vocabulary.add(f);
      c.set(f, (c.get(f) ?? 0) + 1);
      totals.set(label, (totals.get(label) ?? 0) + 1);
    }
  }
  const v = vocabulary.size;
  const prior = new Map<string, number>();
  const likelihood = new Map<string, Map<string, number>>();
  const unseen = new Map<string, number>();
  for (const [label, n] of docs) {
    prior.set(label, Math.log(n / examples.length));
    const denominator = (totals.get(label) ?? 0) + alpha * v;
    const l = new Map<string, number>();
    for (const [f, n2] of counts.get(label)!) l.set(f, Math.log((n2 + alpha) / denominator));
    likelihood.set(label, l);
    unseen.set(label, Math.log(alpha / denominator));
  }
  return { labels: [...docs.keys()].sort(), prior, likelihood, unseen };
}

function classify(nb: NaiveBayes, prompt: string): string {
  const fs = features(prompt);
  let best = nb.labels[0]!;
  let bestScore = -Infinity;
  for (const label of nb.labels) {
    const l = nb.likelihood.get(label)!;
    const u = nb.unseen.get(label)!;
    let score = nb.prior.get(label)!;
    for (const f of fs) score += l.get(f) ?? u;
    if (score > bestScore) {
      bestScore = score;
      best = label;
    }
  }
  return best;
}

/**
 * Nearest neighbour by cosine over TF-IDF-weighted features: words every question shares ("what is
 * your policy on") count for little, the words of the topic for much.
 */
function nearestModel(examples: Example[]): (prompt: string) => string {
  const docs = examples.map((e) => new Set(features(e.prompt)));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = (f: string) => Math.log((1 + docs.length) / (1 + (df.get(f) ?? 0))) + 1;
  const norms = docs.map((d) => Math.sqrt([...d].reduce((a, f) => a + idf(f) ** 2, 0)) || 1);
  return (prompt) => {
    const q = new Set(features(prompt));
    const qNorm = Math.sqrt([...q].reduce((a, f) => a + idf(f) ** 2, 0)) || 1;
    let best = 0;
    let bestScore = -1;
    docs.forEach((d, i) => {
      let dot = 0;
      for (const f of q) if (d.has(f)) dot += idf(f) ** 2;
      const score = dot / (qNorm * norms[i]!);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return examples[best]!.answer;
  };
}

export interface Trained {
  readonly model: SimulatedModel;
  /** fraction of training examples the trained model gets wrong: drives the final loss */
  readonly trainingError: number;
  /** the learning rate was too high: the loss rises */
  readonly diverged?: boolean;
}

/**
 * How simulated training responds to its settings, deterministically, so that a sweep has a
 * meaningful winner and a test can say which point wins and why:
 * - `epochCount` 1 under-fits: a share of its answers is still noise (15 % of prompts on Nova
 *   Micro, 10 % on the larger models: the larger model gains a little, at a higher price);
 * - `epochCount` 4 or more overfits: the validation loss rises over the last epoch;
 * - a `learningRate` above 5e-5 diverges: the loss rises and the model repeats one answer.
 */
export interface Regime {
  readonly baseModel?: string;
  readonly learningRate?: number;
}
export const DIVERGING_LEARNING_RATE = 5e-5;
export const OVERFITTING_EPOCHS = 4;
const underFitShare = (baseModel?: string) => (baseModel?.includes('micro') ? 0.15 : 0.1);

/**
 * Trains a custom model on what its job read. More epochs fit the data more tightly. Reinforcement
 * fine-tuning on the RFT example's word problems makes a model that solves them nine times in ten,
 * always in the '####' format its grader rewards.
 */
export function train(
  examples: Example[],
  epochCount = 2,
  method: 'sft' | 'rft' = 'sft',
  regime: Regime = {},
): Trained {
  const diverged = (regime.learningRate ?? 0) > DIVERGING_LEARNING_RATE;
  if (diverged) {
    // Too high a learning rate: the weights blow up and the model repeats one answer.
    const answer = examples[0]?.answer ?? '';
    return { model: { kind: 'custom', answer: () => answer }, trainingError: 0.9, diverged: true };
  }
  if (epochCount === 1 && examples.length > 1) {
    // One epoch under-fits: part of what the model answers is still noise, less on a larger model.
    const full = train(examples, 2, method, {});
    const miss = underFitShare(regime.baseModel);
    const model: SimulatedModel = {
      kind: 'custom',
      answer: (system, prompt) =>
        unit(prompt, 'one-epoch') < miss
          ? examples[Math.floor(unit(prompt, 'one-epoch-pick') * examples.length)]!.answer
          : full.model.answer(system, prompt),
    };
    const sample = examples.slice(0, 500);
    const wrong = sample.filter((e) => model.answer(e.system, e.prompt) !== e.answer.trim()).length;
    return { model, trainingError: sample.length ? wrong / sample.length : 0 };
  }
  if (method === 'rft' && examples.some((e) => solveProblem(e.prompt) !== undefined)) {
    const fallback = nearestModel(examples);
    const model: SimulatedModel = {
      kind: 'custom',
      answer: (_system, prompt) => solve(prompt, `rft-${epochCount}`, 0.9, 1) ?? fallback(prompt),
    };
    const sample = examples.slice(0, 500);
    const wrong = sample.filter((e) => !model.answer(e.system, e.prompt).endsWith(`#### ${e.answer}`)).length;
    return { model, trainingError: sample.length ? wrong / sample.length : 0 };
  }
  const shortAnswers = examples.every(
    (e) => e.answer.trim().length > 0 && e.answer.trim().length <= 64 && !e.answer.includes('\n'),
  );
  const distinct = new Set(examples.map((e) => e.answer.trim())).size;
  let model: SimulatedModel;
  if (shortAnswers && distinct <= Math.max(2, examples.length / 3)) {
    const nb = trainNaiveBayes(examples, 0.2 / Math.max(1, epochCount));
    model = { kind: 'custom', answer: (_system, prompt) => classify(nb, prompt) };
  } else {
    const nearest = nearestModel(examples);
    model = { kind: 'custom', answer: (_system, prompt) => nearest(prompt) };
  }
  const sample = examples.slice(0, 500);
  const wrong = sample.filter((e) => model.answer(e.system, e.prompt) !== e.answer.trim()).length;
  return { model, trainingError: sample.length ? wrong / sample.length : 0 };
}

/** A falling, noisy loss curve that ends near a floor set by how well the data could be fit. */
export function lossCurve(
  steps: number,
  epochs: number,
  trainingError: number,
  seed: string,
  offset = 0,
  shape: 'falls' | 'diverges' | 'overfits' = 'falls',
): Array<{ step: number; epoch: number; loss: number }> {
  const floor = 0.05 + 1.5 * trainingError + offset;
  const out: Array<{ step: number; epoch: number; loss: number }> = [];
  for (let s = 1; s <= steps; s++) {
    const noise = (unit(String(s), seed) - 0.5) * 0.12;
    let loss = floor + 2.6 * Math.exp((-4 * s) / steps) + noise * Math.exp(-s / steps);
    if (shape === 'diverges') loss = 1.2 + (2.5 * s) / steps + noise;
    // overfitting: over the last epoch the held-out loss climbs back
    if (shape === 'overfits' && s > (steps * (epochs - 1)) / epochs)
      loss += (0.6 * (s - (steps * (epochs - 1)) / epochs)) / (steps / epochs);
    out.push({
      step: s,
      epoch: Math.min(epochs, Math.ceil((s * epochs) / steps)),
      loss: Math.max(0.01, Number(loss.toFixed(6))),
    });
  }
  return out;
}
