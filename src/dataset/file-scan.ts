// What the validator keeps of a whole file while its ranges are scanned: counts, system prompts, labels, and
// the distinct answers of training records.
import { KeyIndex } from './key-index.js';
import { isLabelSet } from './keys.js';
import type { AnswerFacts, ChunkScan } from './scan.js';

export const MAX_TRACKED_PROMPTS = 50;
const MAX_TRACKED_LABELS = 1_000;

export class FileScan {
  records = 0;
  chars = 0;
  maxChars = 0;
  shortAnswers = 0;
  readonly systems = new Map<string, { count: number; line: number }>();
  readonly labels = new Map<string, number>();
  labelsOverflow = false;
  modality?: { kind: string; line: number };

  /** Adds a range's tallies; `offset` is the number of lines before the range. */
  add(chunk: ChunkScan, offset: number): void {
    this.records += chunk.records.count;
    this.chars += chunk.chars;
    if (chunk.maxChars > this.maxChars) this.maxChars = chunk.maxChars;
    for (const system of chunk.systems) {
      const sys = this.systems.get(system.text);
      if (sys) sys.count += system.count;
      else if (this.systems.size < MAX_TRACKED_PROMPTS)
        this.systems.set(system.text, { count: system.count, line: offset + system.line });
    }
    for (const { label, count } of chunk.answers) {
      if (label === undefined) continue;
      this.shortAnswers += count;
      const n = this.labels.get(label);
      if (n !== undefined) this.labels.set(label, n + count);
      else if (this.labels.size < MAX_TRACKED_LABELS) this.labels.set(label, count);
      else this.labelsOverflow = true;
    }
  }

  /** Classification-like data: nearly every answer a short, non-numeric label, drawn from a small set. */
  get isShortAnswer(): boolean {
    return !this.labelsOverflow && isLabelSet(this.records, this.shortAnswers, this.labels);
  }

  dominantSystem(): [string, { count: number; line: number }] | undefined {
    let best: [string, { count: number; line: number }] | undefined;
    for (const entry of this.systems) if (!best || entry[1].count > best[1].count) best = entry;
    return best;
  }
}

/** The distinct answers of training records, numbered, with their quotes for messages. */
export class Answers {
  private readonly index = new KeyIndex(0);
  private readonly quotes: string[] = [];

  idOf(answer: AnswerFacts): number {
    const id = this.index.find(answer.key1, answer.key2);
    if (id >= 0) return id;
    this.quotes.push(answer.quote);
    return this.index.add(answer.key1, answer.key2);
  }

  quote(id: number): string {
    return this.quotes[id]!;
  }
}
